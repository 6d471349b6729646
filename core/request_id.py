"""A short id for each request, in its log lines and in its X-Request-ID response header.

When nginx or the load balancer sends an X-Request-ID (nginx: `proxy_set_header X-Request-ID
$request_id;`), the hub keeps it, so their logs and the hub's can be matched; otherwise the hub
makes one. Only ids of letters, digits, dots, dashes and underscores are kept: anything else a
client sends is replaced, so a log line never carries arbitrary text from this header.
"""

import logging
import re
import secrets
from contextvars import ContextVar

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
ACCEPTED_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

current_request_id = ContextVar("current_request_id", default=None)


def request_id_for(meta):
    """The id the proxy in front gave the request whose META (or WSGI environ) is `meta`, if it
    is well formed; else a new one."""
    given = meta.get(META_KEY, "")
    return given if ACCEPTED_ID.fullmatch(given) else secrets.token_hex(16)


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_for(request.META)
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record: the id of the request being handled, or None."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
