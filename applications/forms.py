import re
from decimal import Decimal

from django import forms

from core.models import Principle
from core.validators import (
    SHORT_TEXT_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
    MaxCharactersValidator,
    MaxWordsValidator,
)
from members.models import MemberPage
from members.selectors import choosable_members

from .choices import ApplicationStatus
from .models import APPLICANT_ANSWERS, SUMMARY_WORD_LIMIT, Application, parse_partner_names
from .pipeline import allowed_next_statuses

PHONE_PATTERN = re.compile(r"^\+?[\d\s()\-.]+$")
MIN_PHONE_DIGITS = 7
HONEYPOT_FIELD = "website"
# The longest answer to one question: about 1,500 words, more than any question needs.
LONG_ANSWER_MAX_LENGTH = 10_000
BUDGET_LINES_MAX_LENGTH = 5_000


class AmountField(forms.DecimalField):
    """Accepts what people type for money: '£19,760', '17,500.00' or '15000'."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("£", "").replace(",", "").replace(" ", "")
        return super().to_python(value)


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class MemberMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class PrincipleMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


def required(message):
    return {"required": message}


def textarea(rows=6, **attrs):
    return forms.Textarea(attrs={"rows": rows, **attrs})


class ApplicationForm(forms.ModelForm):
    """The public application form for one funding round."""

    lead_member = MemberChoiceField(
        queryset=MemberPage.objects.none(),
        required=False,
        empty_label="Choose your organisation",
        label="Your organisation's member profile",
        help_text="Choose it if your organisation is on the hub.",
    )
    lead_organisation_name = forms.CharField(
        max_length=255,
        required=False,
        label="Or type its name",
        help_text="Only if your organisation has no member profile on the hub.",
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    contact_name = forms.CharField(
        max_length=255,
        label="Lead councillor or officer",
        help_text="The person we will contact about this bid.",
        error_messages=required("Enter the name of the lead councillor or officer"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_job_title = forms.CharField(
        max_length=255,
        label="Job title",
        error_messages=required("Enter the job title of the lead councillor or officer"),
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    contact_phone = forms.CharField(
        max_length=40,
        label="Contact telephone",
        help_text="For example 01706 925925 or +44 1706 925925.",
        error_messages=required("Enter a contact telephone number"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    contact_email = forms.EmailField(
        max_length=254,
        label="Contact email",
        help_text="We send a copy of your application here.",
        error_messages={
            "required": "Enter a contact email address",
            "invalid": "Enter an email address in the right format, like name@council.gov.uk",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    project_title = forms.CharField(
        max_length=255,
        label="Project title",
        error_messages=required("Enter the project title"),
    )
    amount_requested = AmountField(
        max_digits=9,
        decimal_places=2,
        min_value=Decimal("0"),
        label="How much funding are you applying for?",
        error_messages={
            "required": "Enter the amount of funding you are applying for",
            "invalid": "Enter the amount in pounds as a number, like 15000",
            "min_value": "Enter an amount greater than £0",
            "max_digits": "Enter an amount in pounds, like 15000",
            "max_decimal_places": "Enter the amount in pounds and pence, like 15000.50",
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "input--short"}),
    )
    summary = forms.CharField(
        max_length=SUMMARY_MAX_LENGTH,
        label=f"Summary of the project idea ({SUMMARY_WORD_LIMIT} words at most)",
        help_text=(
            "If the bid is funded, this text introduces the lab on the hub, so write it for "
            "anyone in the network."
        ),
        error_messages=required("Enter a summary of the project idea"),
        validators=[MaxWordsValidator(SUMMARY_WORD_LIMIT)],
        widget=textarea(rows=8, **{"data-word-limit": SUMMARY_WORD_LIMIT}),
    )
    partner_members = MemberMultipleChoiceField(
        queryset=MemberPage.objects.none(),
        required=False,
        label="Partner members from the hub",
        widget=forms.CheckboxSelectMultiple,
    )
    other_partners = forms.CharField(
        max_length=SHORT_TEXT_MAX_LENGTH,
        required=False,
        label="Partners that are not yet members",
        help_text="One organisation a line. Each one counts as a partner.",
        widget=textarea(rows=4),
    )
    idea_and_budget = forms.CharField(
        max_length=LONG_ANSWER_MAX_LENGTH,
        label="What is your idea and how will you spend the budget?",
        help_text="Say how you found the need or opportunity, and what the money pays for.",
        error_messages=required("Explain your idea and how you will spend the budget"),
        widget=textarea(rows=12),
    )
    budget_breakdown = forms.CharField(
        max_length=BUDGET_LINES_MAX_LENGTH,
        required=False,
        label="Budget lines and any other funding (optional)",
        help_text="A line per cost if you have them, and any match funding you bring in.",
        widget=textarea(rows=6),
    )
    outcomes = forms.CharField(
        max_length=LONG_ANSWER_MAX_LENGTH,
        label="What outcomes do you hope to achieve?",
        help_text="Say how you will know you have achieved them: what is your measure of success?",
        error_messages=required(
            "Describe the outcomes you hope to achieve and how you will measure success"
        ),
        widget=textarea(rows=10),
    )
    network_aims = forms.CharField(
        max_length=LONG_ANSWER_MAX_LENGTH,
        label="How does your project support the aims of the network?",
        help_text=(
            "The network exists to find lasting answers to the challenges councils face, "
            "through bold ideas in policy and practice that members develop and share together."
        ),
        error_messages=required("Explain how your project supports the network's aims"),
        widget=textarea(rows=10),
    )
    principles = PrincipleMultipleChoiceField(
        queryset=Principle.objects.none(),
        label="Which of the network's principles will the project put into practice?",
        help_text="Choose all that apply.",
        error_messages=required("Choose at least one principle the project puts into practice"),
        widget=forms.CheckboxSelectMultiple,
    )
    values_and_principles = forms.CharField(
        max_length=LONG_ANSWER_MAX_LENGTH,
        label="How does your project support the Statement of Values and Principles?",
        help_text="Explain how the work lives out the values and the principles you chose.",
        error_messages=required("Explain how your project supports the values and principles"),
        widget=textarea(rows=10),
    )
    sharing_learning = forms.CharField(
        max_length=LONG_ANSWER_MAX_LENGTH,
        label="How will you share your learning across the network?",
        help_text="For example a report for the hub, a workshop or a talk at a network event.",
        error_messages=required("Explain how you will share your learning across the network"),
        widget=textarea(rows=8),
    )
    agrees_to_show_cooperative_difference = forms.BooleanField(
        label=(
            "I agree that the final report will clearly show the co-operative difference this "
            "project makes"
        ),
        error_messages=required(
            "Agree that the final report will show the co-operative difference, "
            "or the bid cannot be accepted"
        ),
    )
    # A trap for bots: hidden from people and from assistive technology (see the template).
    website = forms.CharField(required=False, max_length=255, label="Leave this field empty")

    class Meta:
        model = Application
        fields = [
            "lead_member",
            "lead_organisation_name",
            *APPLICANT_ANSWERS,
        ]

    def __init__(self, *args, funding_round, **kwargs):
        super().__init__(*args, **kwargs)
        self.funding_round = funding_round
        self.instance.funding_round = funding_round
        # Only live, public profiles: a draft or private one is neither listed nor accepted.
        members = choosable_members()
        self.fields["lead_member"].queryset = members
        self.fields["partner_members"].queryset = members
        self.fields["principles"].queryset = Principle.objects.order_by("number")
        minimum = funding_round.minimum_partner_members
        low, high = funding_round.minimum_amount, funding_round.maximum_amount
        self.fields[
            "amount_requested"
        ].help_text = f"In pounds. This round funds bids of £{low:,.0f} to £{high:,.0f}."
        self.fields["partner_members"].help_text = (
            f"Name at least {minimum} partner{'s' if minimum != 1 else ''} besides your own "
            "organisation: tick members here and list any others below. Partners ticked here "
            "and organisations listed below both count; your own organisation does not."
        )
        # Not required as a field (named partners count too) but required as a question.
        self.fields["partner_members"].marked_required = minimum > 0
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        use_plain_length_messages(self)

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    def clean_contact_phone(self):
        phone = self.cleaned_data["contact_phone"].strip()
        digits = sum(character.isdigit() for character in phone)
        if not PHONE_PATTERN.match(phone) or digits < MIN_PHONE_DIGITS:
            raise forms.ValidationError(
                "Enter a telephone number using digits, like 01706 925925 or +44 1706 925925"
            )
        return phone

    def clean_other_partners(self):
        return "\n".join(parse_partner_names(self.cleaned_data["other_partners"]))

    def clean(self):
        cleaned = super().clean()
        lead = cleaned.get("lead_member")
        typed = (cleaned.get("lead_organisation_name") or "").strip()
        if lead and typed:
            self.add_error(
                "lead_organisation_name",
                "Either choose your organisation from the list or type its name, not both",
            )
        if "partner_members" in cleaned and "other_partners" in cleaned:
            self._check_partner_count(cleaned, lead)
        return cleaned

    def _check_partner_count(self, cleaned, lead):
        members = {page.pk for page in cleaned["partner_members"]}
        members.discard(getattr(lead, "pk", None))
        counted = len(members) + len(parse_partner_names(cleaned["other_partners"]))
        minimum = self.funding_round.minimum_partner_members
        if counted < minimum:
            self.add_error(
                "partner_members",
                f"Name at least {minimum} partners besides your own organisation "
                f"(you have named {counted})",
            )

    def error_summary(self):
        """(anchor id, message) pairs for the summary of problems at the top of the form."""
        items = []
        for message in self.non_field_errors():
            items.append(("", message))
        for name in self.fields:
            if name not in self.errors:
                continue
            bound = self[name]
            anchor = bound.auto_id
            if bound.use_fieldset and bound.field.choices:
                anchor = f"{bound.auto_id}_0"
            for message in self.errors[name]:
                items.append((anchor, message))
        return items


def use_plain_length_messages(form):
    """Every bounded text field says how long it may be in plain words."""
    for field in form.fields.values():
        if getattr(field, "max_length", None):
            field.error_messages["max_length"] = MaxCharactersValidator.message


class StatusChangeForm(forms.Form):
    """Comms move an application to its next status, with a comment for the record."""

    to_status = forms.ChoiceField(
        label="New status",
        widget=forms.RadioSelect,
        error_messages=required("Choose the application's new status"),
    )
    comment = forms.CharField(
        max_length=SHORT_TEXT_MAX_LENGTH,
        required=False,
        label="Comment",
        help_text="Why, in a sentence or two. It is kept in the application's history.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["to_status"].choices = [
            (status, ApplicationStatus(status).label)
            for status in allowed_next_statuses(application)
        ]
