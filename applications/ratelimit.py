"""Submissions per client address, counted over a sliding hour in Django's cache."""

import time

from django.core.cache import cache

from core.network import client_ip

SUBMISSIONS_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60
KEY_PREFIX = "applications:submissions:"


def _recent(key, now):
    return [moment for moment in cache.get(key, []) if moment > now - WINDOW_SECONDS]


def is_limited(request):
    key = KEY_PREFIX + client_ip(request)
    return len(_recent(key, time.time())) >= SUBMISSIONS_PER_WINDOW


def record(request):
    key = KEY_PREFIX + client_ip(request)
    now = time.time()
    cache.set(key, [*_recent(key, now), now], WINDOW_SECONDS)
