"""Which requests may be answered from the page cache, and which responses may be stored in it
(and by a CDN).

Only what any anonymous visitor would be shown is stored: a complete 200 answer to a GET or HEAD
from someone with no session (so not signed in, no page password given, no messages waiting),
that sets no cookie, holds no CSRF token and no CSP nonce, and that the view did not mark
private or uncacheable. Members-only pages never qualify: an anonymous visitor is sent to sign
in (a redirect), and a page served after a privacy check is marked private (core.privacy).
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.exceptions import DisallowedHost
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers

from core.health.middleware import ENDPOINTS as HEALTH_ENDPOINTS
from core.privacy import make_private

CACHEABLE_METHODS = frozenset({"GET", "HEAD"})
# Cache-Control directives by which a view says its answer is not for a shared cache.
FORBIDDING_DIRECTIVES = frozenset({"private", "no-store", "no-cache"})
# Vary headers a stored page may carry; a response varying on anything else is not stored.
ALLOWED_VARY = frozenset({"cookie", "accept-encoding"})
# Marks of a per-visitor page: a CSRF form field, or a CSP nonce (which must be new each time).
PERSONAL_MARKS = (b"csrfmiddlewaretoken", b" nonce=")
# A policy naming a nonce was made for one answer: replayed, it would let injected code run.
NONCE_IN_POLICY = "'nonce-"


def personal_cookies():
    return (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)


def is_anonymous_request(request):
    """No session, no messages waiting, no credentials: nobody in particular asks."""
    cookies = request.COOKIES
    return "HTTP_AUTHORIZATION" not in request.META and not any(
        name in cookies for name in personal_cookies()
    )


def is_answered_elsewhere(path):
    """Static files and pictures, which WhiteNoise and the web server answer, and the health
    endpoints, which must reach their own middleware whatever the cache's state or the Host."""
    return path.startswith((settings.STATIC_URL, settings.MEDIA_URL)) or path in HEALTH_ENDPOINTS


def cache_host(request):
    """The host a stored page for `request` is kept under, if the page cache may answer it; else
    None. Only a Host Django would answer for: any other gets Django's own 400, never a stored
    page. (Validating the host is most of what this check costs, so it is done once and the key
    is made with its result.)"""
    if (
        request.method not in CACHEABLE_METHODS
        or not is_anonymous_request(request)
        or is_answered_elsewhere(request.path_info)
    ):
        return None
    try:
        return request.get_host()
    except DisallowedHost:
        return None


def may_use_cache(request):
    return cache_host(request) is not None


def cache_control_directives(response):
    header = response.get("Cache-Control", "")
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(header) if part}


def vary_headers(response):
    header = response.get("Vary", "")
    return {part.strip().lower() for part in cc_delim_re.split(header) if part.strip()}


def used_csrf(request):
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))


def changed_session(request):
    session = getattr(request, "session", None)
    return session is not None and session.modified


def is_public_response(request, response):
    """Whether this answer to an anonymous request is the same for every visitor."""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or used_csrf(request) or changed_session(request):
        return False
    if cache_control_directives(response) & FORBIDDING_DIRECTIVES:
        return False
    if not vary_headers(response) <= ALLOWED_VARY:
        return False
    if NONCE_IN_POLICY in response.get("Content-Security-Policy", ""):
        return False
    return not any(mark in response.content for mark in PERSONAL_MARKS)


def mark_shared(response):
    """What browsers (briefly) and a CDN (CDN_MAX_AGE) may keep of an answer that is the same for
    everyone. A view that set its own Cache-Control keeps it."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_BROWSER_MAX_AGE,
            s_maxage=settings.CDN_MAX_AGE,
        )


def mark_public(response):
    """A page for visitors without a session: shared, and varying with the session cookie."""
    mark_shared(response)
    patch_vary_headers(response, ("Cookie",))


def is_personal(request, response):
    """An answer that depends on who asks: to a session, or one that sets a cookie or holds a
    CSRF token."""
    return (
        not is_anonymous_request(request)
        or bool(response.cookies)
        or used_csrf(request)
        or changed_session(request)
    )


def mark_private_if_personal(request, response):
    if is_personal(request, response) and not response.has_header("Cache-Control"):
        make_private(response)
    return response
