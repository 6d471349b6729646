"""Keep staff without a verified second factor out of the admin.

Runs after django-otp's OTPMiddleware, which says whether this session has verified a device
(`request.user.is_verified()`). Covers every admin URL, however the person signed in (the
admin's sign-in page or the members' one), so no admin view can be reached around it.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from .policy import has_two_factor, requires_two_factor

# Admin URLs a person may reach before verifying: signing in and out, resetting a password,
# the two-factor pages themselves, and the admin's icons and translations those pages load.
OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "hub_two_factor_setup",
    "hub_two_factor_verify",
)
OPEN_URL_PREFIXES = ("wagtailadmin_password_reset",)


class AdminTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        destination = self.required_step(request)
        if destination:
            return redirect(
                f"{reverse(destination)}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)

    def required_step(self, request):
        """The two-factor page this request must go to first, or None."""
        if not settings.ADMIN_TWO_FACTOR:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        if not self.is_guarded(request.path):
            return None
        if has_two_factor(user):
            return "hub_two_factor_verify"
        if requires_two_factor(user):
            return "hub_two_factor_setup"
        return None

    @staticmethod
    def is_guarded(path):
        if not path.startswith(reverse("wagtailadmin_home")):
            return False
        if path in {reverse(name) for name in OPEN_URL_NAMES}:
            return False
        return not any(path.startswith(reverse(name)) for name in OPEN_URL_PREFIXES)
