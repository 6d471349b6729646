"""Submissions per client address, counted over a sliding hour in Django's cache."""

import time

from django.conf import settings
from django.core.cache import cache

SUBMISSIONS_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60
KEY_PREFIX = "applications:submissions:"


def client_address(request):
    """The client's address: REMOTE_ADDR, or the header a trusted proxy sets (CLIENT_IP_HEADER)."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def _recent(key, now):
    return [moment for moment in cache.get(key, []) if moment > now - WINDOW_SECONDS]


def is_limited(request):
    key = KEY_PREFIX + client_address(request)
    return len(_recent(key, time.time())) >= SUBMISSIONS_PER_WINDOW


def record(request):
    key = KEY_PREFIX + client_address(request)
    now = time.time()
    cache.set(key, [*_recent(key, now), now], WINDOW_SECONDS)
