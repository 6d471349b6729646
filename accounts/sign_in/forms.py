"""Django's account forms, with the error summary the hub's form templates show."""

from django.contrib.auth import forms as auth_forms
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from .reset_throttle import may_send_reset


class ErrorSummaryMixin:
    def error_summary(self):
        """(anchor id, message) pairs for the summary of problems at the top of the form."""
        if not self.is_bound:
            return []
        items = [("", message) for message in self.non_field_errors()]
        for name in self.fields:
            for message in self.errors.get(name, []):
                items.append((self[name].auto_id, message))
        return items


class SignInForm(ErrorSummaryMixin, auth_forms.AuthenticationForm):
    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": (
            "Enter a correct %(username)s and password. Both are case-sensitive: check that "
            "Caps Lock is off."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Email address or username"
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
        if self.is_bound:
            # The error summary takes the focus when there are problems to read first.
            self.fields["username"].widget.attrs.pop("autofocus", None)


class ThrottledResetMixin:
    """Send the reset email only within the hourly limits (accounts/sign_in/reset_throttle.py)."""

    def save(self, *args, request=None, **kwargs):
        if request is not None and not may_send_reset(request, self.cleaned_data["email"]):
            return
        super().save(*args, request=request, **kwargs)


class PasswordResetRequestForm(
    ThrottledResetMixin, ErrorSummaryMixin, auth_forms.PasswordResetForm
):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = "The address your membership account uses."


class NewPasswordForm(ErrorSummaryMixin, auth_forms.SetPasswordForm):
    pass


class ChangePasswordForm(ErrorSummaryMixin, auth_forms.PasswordChangeForm):
    pass


class AdminPasswordResetForm(ThrottledResetMixin, WagtailPasswordResetForm):
    """Wagtail's admin reset form, within the same limits.

    The admin uses it through the WAGTAILADMIN_USER_PASSWORD_RESET_FORM setting.
    """
