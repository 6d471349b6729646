"""Whole responses for anonymous visitors, from the shared cache.

Sits right after the request id (hub/settings/base.py): what it stores is the answer with every
header the middleware below it added (HTTPS, cross-origin and content policies, frame options),
so a stored page is answered without running any of it, and only the request id is added to a
stored page as to a fresh one. Whether an answer may be stored is decided once the inner
middleware has run (rules.py), so sessions, CSRF tokens, messages and nonces they add keep a
page out. Under gunicorn a stored page is answered earlier still, before Django (wsgi.py).
"""

from django.conf import settings

from . import rules, storage

HIT_HEADER = "X-Page-Cache"


def look_up(request, host):
    """The current stored page for `request` (a storage.StoredPage, or None), with the key and
    generation a fresh answer to it is stored under; all None when the cache is off."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return None, None, None
    key = storage.page_key(request, host)
    token, page, _ = storage.read(key)
    return page, key, token


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = rules.cache_host(request)
        if host is None:
            return rules.mark_private_if_personal(request, self.get_response(request))
        stored, key, token = look_up(request, host)
        if stored is not None:
            response = stored.as_response()
            response[HIT_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if not rules.is_public_response(request, response):
            return rules.mark_private_if_personal(request, response)
        rules.mark_public(response)
        if key is not None:
            storage.store(key, token, response, settings.PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        return response
