"""Members' sign-in, sign-out and password views: Django's own, with the hub's forms."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from .forms import ChangePasswordForm, NewPasswordForm, PasswordResetRequestForm, SignInForm


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "accounts/sign_in/login.html"
    redirect_authenticated_user = False

    def get_redirect_url(self):
        # The header's "Sign in" link on an account page (signed out, password reset) would
        # lead back to that page; the home page is more use.
        url = super().get_redirect_url()
        return "" if url.startswith("/account/") else url


class SignOutView(auth_views.LogoutView):
    template_name = "accounts/sign_in/logged_out.html"


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetRequestForm
    template_name = "accounts/sign_in/password_reset_form.html"
    email_template_name = "accounts/sign_in/emails/password_reset.txt"
    subject_template_name = "accounts/sign_in/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        self.extra_email_context = {"site_name": settings.WAGTAIL_SITE_NAME}
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/sign_in/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = NewPasswordForm
    template_name = "accounts/sign_in/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/sign_in/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = ChangePasswordForm
    template_name = "accounts/sign_in/password_change_form.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/sign_in/password_change_done.html"
