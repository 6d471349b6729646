"""Whole responses for anonymous visitors, from the shared cache.

Sits near the top of the middleware (hub/settings/base.py): what it stores is the answer with
the headers the inner middleware added (the content security and permissions policies, frame
options), so a stored page is answered without running any of it, and the outer middleware adds
each request's own headers (request id, HTTPS headers) to a stored page as to a fresh one.
Whether an answer may be stored is decided once the inner middleware has run (rules.py), so
sessions, CSRF tokens, messages and nonces they add keep a page out.
"""

from django.conf import settings

from . import generation, rules, storage

HIT_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not rules.may_use_cache(request):
            return rules.mark_private_if_personal(request, self.get_response(request))
        seconds = settings.PAGE_CACHE_SECONDS
        key = token = None
        if seconds > 0:
            # The generation is read before the page is made: a change committed while it is
            # being made renews the generation, so this copy is never served as the new one.
            key = storage.page_key(request)
            token, entry = generation.read_with(key)
            response = storage.stored_response(entry, token)
            if response is not None:
                response[HIT_HEADER] = "hit"
                return response
        response = self.get_response(request)
        if not rules.is_public_response(request, response):
            return rules.mark_private_if_personal(request, response)
        rules.mark_public(response)
        if seconds > 0:
            storage.store(key, token, response, seconds)
            response[HIT_HEADER] = "miss"
        return response
