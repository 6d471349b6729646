from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q


class LabLeadForm(forms.Form):
    """Comms name an existing account, by email address or username, to lead a lab."""

    account = forms.CharField(
        label="Email address or username",
        max_length=254,
        help_text="The person must already have an account on the hub.",
    )

    def __init__(self, *args, current_leads=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.current_leads = {user.pk for user in current_leads}

    def clean_account(self):
        value = self.cleaned_data["account"].strip()
        matches = list(
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(email__iexact=value) | Q(username__iexact=value))[:2]
        )
        if not matches:
            raise forms.ValidationError(
                "No active account has that email address or username. A site administrator "
                "can create one under Settings › Users."
            )
        if len(matches) > 1:
            raise forms.ValidationError(
                "More than one account matches; enter the username instead."
            )
        user = matches[0]
        if user.pk in self.current_leads:
            raise forms.ValidationError(f"{user.get_username()} already leads this lab.")
        return user
