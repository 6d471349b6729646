"""Who must use two-factor authentication in the admin, and what they have set up."""

from django.db import transaction
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts.roles import COMMS_TEAM, SITE_ADMINISTRATORS

# The roles that change what everyone sees, or who can do what, must use a second factor.
REQUIRED_FOR_GROUPS = (SITE_ADMINISTRATORS, COMMS_TEAM)

AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_CODES_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10


def requires_two_factor(user):
    """Superusers, Site administrators and the Comms team must verify a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=REQUIRED_FOR_GROUPS).exists()


def has_two_factor(user):
    """Whether this person has a confirmed second factor: an authenticator app or a passkey."""
    return user_has_device(user, confirmed=True)


def confirmed_authenticator(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_authenticator(user):
    """The authenticator being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def new_backup_codes(user):
    """Replace this person's backup codes with a fresh set, and return them (shown once)."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_CODES_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def passkey_count(user):
    """Passkeys (WebAuthn credentials) this person has added; each can stand in for a code."""
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).count()


def backup_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def matching_device(user, token):
    """The device (authenticator or backup codes) that accepts this code, or None.

    Each device throttles wrong codes itself (django-otp), on top of the hub's lockout.
    """
    token = "".join(str(token or "").split())
    if not token:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(token):
                return device
    return None


def remove_two_factor(user):
    for device in devices_for_user(user, confirmed=None):
        device.delete()
