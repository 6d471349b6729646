"""Sign-in lockout: how django-axes names an attempt and what a locked-out person sees.

Axes (configured in hub/settings/base.py, "Sign-in protection") counts failed sign-ins in the
database, so every worker sees the same count. It locks a username from one address: someone
guessing at an account from one place is stopped, but cannot lock its owner out elsewhere.

The same counter guards the forms that are not Django sign-ins (a page's or a collection's
shared password, a two-factor code): each passes credentials naming what is being guessed at
(`guarded_credentials`), and axes locks that name from that address in the same way.
"""

from axes.helpers import get_cool_off, get_credentials
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.db.models import Max
from django.shortcuts import render
from django.utils import timezone

LOCKED_OUT_TEMPLATE = "accounts/sign_in/locked_out.html"
LOCKED_OUT_STATUS = 429

# Names for attempts that are not a person's username. A username cannot contain ":".
PAGE_PASSWORD = "page-password"
COLLECTION_PASSWORD = "collection-password"
TWO_FACTOR = "two-factor"


def guarded_credentials(kind, key):
    """Credentials for axes naming one guarded thing, e.g. a page's password restriction."""
    return get_credentials(f"{kind}:{key}")


def lockout_username(request, credentials=None):
    """The name axes counts failures against (AXES_USERNAME_CALLABLE).

    Members sign in with their username or their email address, in any case, so each spelling
    of one account counts as that account: otherwise an attacker would get a fresh allowance
    for "ada", "ADA" and "ada@example.org".
    """
    if credentials:
        raw = credentials.get(get_user_model().USERNAME_FIELD)
    else:
        raw = request.POST.get("username")
    name = str(raw or "").strip()
    if not name:
        return None
    if "@" in name:
        matches = list(
            get_user_model()
            ._default_manager.filter(email__iexact=name)
            .values_list("username", flat=True)[:2]
        )
        if len(matches) == 1:
            name = matches[0]
    # Sign-in forms pass any length to authenticate(); the record's column holds this much.
    return name.lower()[: AccessAttempt._meta.get_field("username").max_length]


def retry_time(request, credentials=None):
    """When the lockout on this request's name and address ends (None if it is not known)."""
    cool_off = get_cool_off(request)
    if cool_off is None:
        return None
    last_failure = AccessAttempt.objects.filter(
        username=lockout_username(request, credentials),
        ip_address=getattr(request, "axes_ip_address", None),
    ).aggregate(last=Max("attempt_time"))["last"]
    return timezone.localtime((last_failure or timezone.now()) + cool_off)


def describe(credentials):
    """What was locked, for the page's wording: "sign-in", "password" or "code"."""
    name = lockout_username(None, credentials) if credentials else ""
    if name and name.startswith((f"{PAGE_PASSWORD}:", f"{COLLECTION_PASSWORD}:")):
        return "password"
    if name and name.startswith(f"{TWO_FACTOR}:"):
        return "code"
    return "sign-in"


def locked_out_response(request, original_response=None, credentials=None):
    """The page shown instead of a sign-in form while it is locked (AXES_LOCKOUT_CALLABLE)."""
    cool_off = get_cool_off(request)
    response = render(
        request,
        LOCKED_OUT_TEMPLATE,
        {
            "locked": describe(credentials),
            "try_again_at": retry_time(request, credentials),
            "cool_off_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
        },
        status=LOCKED_OUT_STATUS,
    )
    response["Cache-Control"] = "no-store"
    return response
