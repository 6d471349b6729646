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
        self._copies = None
        self._copies_made = False

    @property
    def copies(self):
        """The worker's copies (None where none are kept), made with its first request."""
        if not self._copies_made:
            self._copies, self._copies_made = local_copies.for_this_process(), True
        return self._copies

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)
        page = self.stored_page(request)
        if page is None:
            return self.application(environ, start_response)
        headers = [*page.headers, (HIT_HEADER, "hit"), (REQUEST_ID_HEADER, request_id_for(request))]
        start_response(STATUS_LINES[page.status], headers)
        return [page.content]

    def stored_page(self, request):
        if settings.PAGE_CACHE_SECONDS <= 0:
            return None
        host = rules.cache_host(request)
        if host is None:
            return None
        key = storage.page_key(request, host)
        if self.copies is None:
            return storage.read(key)[1]
        return self.copies.find(key) or self.copies.read_shared(key)
