"""Stored pages answered before Django handles the request.

A stored page needs none of Django's request handling: the middleware that would run for it
sits below the page cache and its headers are stored with the page (middleware.py). So the web
process's WSGI application (hub/wsgi.py) is wrapped in `StoredPages`, which answers a request
that has a current stored page itself, with the same rules, key and headers as the middleware,
and hands every other request to Django. A hit then skips Django's handler, its request
signals, the outer middleware and building a response object: more than half of what it cost a
worker (docs/performance.md). Where the page cache is in Redis, the front also answers from the
worker's own copies of the pages while Redis says they are current (local_copies.py), which
saves the round trip.
"""

from http import HTTPStatus

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from core.request_id import HEADER as REQUEST_ID_HEADER
from core.request_id import request_id_for

from . import local_copies, rules, storage
from .middleware import HIT_HEADER

STATUS_LINES = {status.value: f"{status.value} {status.phrase}" for status in HTTPStatus}


class StoredPages:
    def __init__(self, application):
        self.application = application
        self.keys = KeysByAddress()
        self._copies = None
        self._copies_made = False

    @property
    def copies(self):
        """The worker's copies (None where none are kept), made with its first request."""
        if not self._copies_made:
            self._copies, self._copies_made = local_copies.for_this_process(), True
        return self._copies

    def __call__(self, environ, start_response):
        page = self.stored_page(environ)
        if page is None:
            return self.application(environ, start_response)
        headers = [*page.headers, (HIT_HEADER, "hit"), (REQUEST_ID_HEADER, request_id_for(environ))]
        start_response(STATUS_LINES[page.status], headers)
        return [page.content]

    def stored_page(self, environ):
        if settings.PAGE_CACHE_SECONDS <= 0:
            return None
        key = self.keys.key_for(environ)
        if key is None:
            return None
        if self.copies is None:
            return storage.read(key)[1]
        return self.copies.find(key) or self.copies.read_shared(key)


def stored_page_key(request):
    """The key of the stored page for `request`, or None if the page cache may not answer it:
    the middleware's rules and key (rules.py, storage.py)."""
    host = rules.cache_host(request)
    return None if host is None else storage.page_key(request, host)


# What Django reads of the WSGI environ to make a request's method, scheme, host and path
# (WSGIRequest, HttpRequest.scheme and get_host, whichever of the forwarded headers the settings
# trust) and the page cache reads besides to decide on and key a stored page, apart from who
# asks. Two requests alike in all of these, from nobody in particular, get the same answer.
ADDRESS_VARIABLES = (
    "REQUEST_METHOD",
    "wsgi.url_scheme",
    "HTTP_HOST",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_FORWARDED_PROTO",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_NAME",
    "SCRIPT_URL",
    "REDIRECT_URL",
    "PATH_INFO",
    "QUERY_STRING",
)
# Who asks: a request carrying either is decided afresh each time (rules.is_anonymous_request).
CREDENTIAL_VARIABLES = ("HTTP_COOKIE", "HTTP_AUTHORIZATION")


class KeysByAddress:
    """The stored page's key (or None) for each address this worker has been asked for, as
    `stored_page_key` decides it, so a visitor without cookies asking for an address seen
    before costs neither Django's request object nor checking the host again (together most
    of what a stored page cost a worker). Bounded: emptied when `limit` addresses are held, and
    an address with a query string longer than `longest_query` is not held."""

    def __init__(self, limit=1024, longest_query=200):
        self.limit = limit
        self.longest_query = longest_query
        self._keys = {}
        proxy_header = (getattr(settings, "SECURE_PROXY_SSL_HEADER", None) or ("",))[0]
        self.variables = ADDRESS_VARIABLES + ((proxy_header,) if proxy_header else ())

    def key_for(self, environ):
        if any(name in environ for name in CREDENTIAL_VARIABLES):
            return stored_page_key(WSGIRequest(environ))
        address = tuple(environ.get(name) for name in self.variables)
        try:
            return self._keys[address]
        except KeyError:
            pass
        key = stored_page_key(WSGIRequest(environ))
        if len(environ.get("QUERY_STRING", "")) <= self.longest_query:
            if len(self._keys) >= self.limit:
                self._keys.clear()
            self._keys[address] = key
        return key
