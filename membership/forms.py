"""Django's account forms, with the error summary the hub's form templates show."""

from django.contrib.auth import forms as auth_forms


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


class PasswordResetRequestForm(ErrorSummaryMixin, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = "The address your membership account uses."


class NewPasswordForm(ErrorSummaryMixin, auth_forms.SetPasswordForm):
    pass


class ChangePasswordForm(ErrorSummaryMixin, auth_forms.PasswordChangeForm):
    pass
