from django import forms

from core.validators import SHORT_TEXT_MAX_LENGTH, MaxCharactersValidator

from .choices import Topic

HONEYPOT_FIELD = "website"
NAME_MAX_LENGTH = 200
MESSAGE_MAX_LENGTH = 5_000


def required(message):
    return {"required": message}


class ContactForm(forms.Form):
    name = forms.CharField(
        max_length=NAME_MAX_LENGTH,
        label="Your name",
        error_messages=required("Enter your name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Your email address",
        help_text="Comms reply to this address.",
        error_messages={
            **required("Enter your email address"),
            "invalid": "Enter an email address in the right form, like name@example.org",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    organisation = forms.CharField(
        required=False,
        max_length=SHORT_TEXT_MAX_LENGTH,
        label="Your organisation (optional)",
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    topic = forms.ChoiceField(
        choices=[("", "Choose a topic"), *Topic.choices],
        label="What is it about?",
        error_messages={
            **required("Choose what your message is about"),
            "invalid_choice": "Choose what your message is about from the list",
        },
    )
    message = forms.CharField(
        max_length=MESSAGE_MAX_LENGTH,
        label="Your message",
        error_messages=required("Enter your message"),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    # A trap for bots: hidden from people and from assistive technology (see the template).
    website = forms.CharField(required=False, max_length=255, label="Leave this field empty")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = MaxCharactersValidator.message

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    def clean_name(self):
        # One line: a name is part of the email's subject, where a line break has no place.
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def topic_label(self):
        return Topic(self.cleaned_data["topic"]).label

    def error_summary(self):
        """(anchor id, message) pairs for the summary of problems at the top of the form."""
        items = [("", message) for message in self.non_field_errors()]
        for name in self.fields:
            for message in self.errors.get(name, []):
                items.append((self[name].auto_id, message))
        return items
