"""The admin's two-factor pages: set up an authenticator app, verify a code, manage codes."""

from base64 import b32encode

from axes.handlers.proxy import AxesProxyHandler
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView, TemplateView, View
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.sign_in.lockout import (
    TWO_FACTOR,
    guarded_credentials,
    locked_out_response,
    lockout_username,
)

from .forms import CodeForm, SetupCodeForm
from .policy import (
    backup_codes_left,
    has_two_factor,
    matching_device,
    new_backup_codes,
    passkey_count,
    pending_authenticator,
    remove_two_factor,
    requires_two_factor,
)
from .qr import qr_svg

BACKUP_CODES_TEMPLATE = "accounts/two_factor/backup_codes.html"


def next_url(request):
    """Where to go once this step is done: the page asked for, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


class TwoFactorPageMixin(WagtailAdminTemplateMixin):
    page_title = "Two-factor authentication"
    header_icon = "key"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=next_url(self.request), **kwargs)


class OverviewView(TwoFactorPageMixin, TemplateView):
    template_name = "accounts/two_factor/overview.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enabled=has_two_factor(user),
            required=requires_two_factor(user),
            backup_codes_left=backup_codes_left(user),
            passkeys=passkey_count(user),
            **kwargs,
        )


class SetupView(TwoFactorPageMixin, FormView):
    template_name = "accounts/two_factor/setup.html"
    form_class = SetupCodeForm
    page_subtitle = "Set up an authenticator app"

    def dispatch(self, request, *args, **kwargs):
        if has_two_factor(request.user):
            # One authenticator at a time; replacing it starts from the overview, verified.
            if not request.user.is_verified():
                return redirect("hub_two_factor_verify")
            return redirect("hub_two_factor")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        device = pending_authenticator(self.request.user)
        return super().get_context_data(
            qr_code=qr_svg(device.config_url),
            secret=b32encode(device.bin_key).decode(),
            required=requires_two_factor(self.request.user),
            **kwargs,
        )

    def form_valid(self, form):
        request = self.request
        device = pending_authenticator(request.user)
        if not device.verify_token("".join(form.cleaned_data["code"].split())):
            form.add_error(
                "code",
                "That code is not right. Check the app shows the CCIN Hub account, and type "
                "its current code.",
            )
            return self.form_invalid(form)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return TemplateResponse(
            request,
            BACKUP_CODES_TEMPLATE,
            self.get_backup_codes_context(new_backup_codes(request.user), just_enabled=True),
        )

    def get_backup_codes_context(self, codes, **extra):
        return {
            **TwoFactorPageMixin.get_context_data(self),
            "page_subtitle": "Your backup codes",
            "codes": codes,
            **extra,
        }


class VerifyView(TwoFactorPageMixin, FormView):
    template_name = "accounts/two_factor/verify.html"
    form_class = CodeForm
    page_subtitle = "Enter a code"

    def dispatch(self, request, *args, **kwargs):
        if not has_two_factor(request.user) or request.user.is_verified():
            return redirect(next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(has_passkey=passkey_count(self.request.user) > 0, **kwargs)

    def credentials(self):
        return guarded_credentials(TWO_FACTOR, self.request.user.pk)

    def post(self, request, *args, **kwargs):
        if not AxesProxyHandler.is_allowed(request, self.credentials()):
            return locked_out_response(request, credentials=self.credentials())
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        request = self.request
        device = matching_device(request.user, form.cleaned_data["code"])
        if device is None:
            AxesProxyHandler.user_login_failed(
                sender=VerifyView, credentials=self.credentials(), request=request
            )
            if request.axes_locked_out:
                return locked_out_response(request, credentials=self.credentials())
            form.add_error("code", "That code is not right, or has been used already.")
            return self.form_invalid(form)
        AxesProxyHandler.reset_attempts(
            ip_address=request.axes_ip_address,
            username=lockout_username(request, self.credentials()),
        )
        otp_login(request, device)
        if isinstance(device, StaticDevice):
            left = backup_codes_left(request.user)
            messages.warning(
                request,
                f"You used a backup code; {left} left. Make new ones from your account's "
                "two-factor page if you are running low.",
            )
        return redirect(next_url(request))


class NewBackupCodesView(TwoFactorPageMixin, View):
    """Replace the backup codes (POST; the middleware has already asked for a code)."""

    def post(self, request):
        if not has_two_factor(request.user):
            return redirect("hub_two_factor")
        codes = new_backup_codes(request.user)
        context = {
            **self.get_context_data(),
            "page_subtitle": "Your backup codes",
            "codes": codes,
        }
        return TemplateResponse(request, BACKUP_CODES_TEMPLATE, context)


class RemoveView(View):
    """Turn two-factor authentication off: only for those who need not use it."""

    def post(self, request):
        if requires_two_factor(request.user):
            raise PermissionDenied
        remove_two_factor(request.user)
        messages.success(request, "Two-factor authentication is off for your account.")
        return redirect("hub_two_factor")
