"""How many password-reset emails one address, and one recipient, may ask for in an hour.

Counted in the shared cache (Redis in production) with `add` then `incr`, which are atomic, so
every worker keeps one count. Past the limit the email is simply not sent: the visitor sees the
same "check your email" page either way, so the limit reveals nothing about which addresses
have accounts.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from core.network import client_ip

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60 * 60
KEY_PREFIX = "password-reset"


def _key(kind, value):
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()
    return f"{KEY_PREFIX}:{kind}:{digest}"


def _count(key):
    """Add one to this hour's count under `key` and return the new count."""
    if cache.add(key, 1, timeout=WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        # The count expired between add and incr: this is the first of a new hour.
        cache.add(key, 1, timeout=WINDOW_SECONDS)
        return 1


def may_send_reset(request, email):
    """Whether another reset email may go to `email` for this request's address; counts it."""
    address_count = _count(_key("address", client_ip(request)))
    recipient_count = _count(_key("recipient", email))
    allowed = (
        address_count <= settings.PASSWORD_RESET_EMAILS_PER_ADDRESS
        and recipient_count <= settings.PASSWORD_RESET_EMAILS_PER_RECIPIENT
    )
    if not allowed:
        logger.warning("Password reset email withheld: too many asked for in the last hour.")
    return allowed
