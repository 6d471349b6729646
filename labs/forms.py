from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from accounts import rules
from accounts.roles import is_comms
from core.forms import HubPageForm


class LabLeadForm(forms.Form):
    """Comms name an existing account, by email address or username, to lead a lab."""

    account = forms.CharField(
        label="Email address or username",
        max_length=254,
        help_text="The person must already have an account on the hub.",
    )

    def __init__(self, *args, current_leads=(), for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_leads = {user.pk for user in current_leads}
        self.for_user = for_user

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
        if self.for_user is not None and not rules.may_change_roles(self.for_user, user):
            if user.pk == self.for_user.pk:
                raise forms.ValidationError("You cannot change your own roles.")
            raise forms.ValidationError("Only a superuser can change this account's roles.")
        if user.pk in self.current_leads:
            raise forms.ValidationError(f"{user.get_username()} already leads this lab.")
        return user


# The funding facts comms record from the round's decisions; a lab's leads see them, read-only.
COMMS_ONLY_FIELDS = ("round_year", "amount_awarded", "status")


class PolicyLabPageForm(HubPageForm):
    """The lab page's admin form: the funding facts can be changed by comms only.

    For anyone else those fields are disabled, so Django keeps their current values whatever
    is posted: a lead cannot change them by crafting a request either.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not is_comms(self.for_user):
            for name in COMMS_ONLY_FIELDS:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = "Set by the comms team."
