"""Stored pages: keyed by the address asked for, kept with the generation they were made in."""

import hashlib
import time
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode

from django.http import HttpResponse

from . import generation

# The version changes when what is stored changes (v4: with when it was stored, and every header
# but the request id), so a deploy never serves pages stored by the code before it.
KEY_PREFIX = "pagecache:page:v4"


def normalised_query(query_string):
    """The query string with its parameters in a fixed order: `?b=2&a=1` is `?a=1&b=2`."""
    if not query_string:
        return ""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode(sorted(pairs))


def page_key(request, host):
    """The key of the stored page for `request`, made with the host rules.cache_host gave."""
    address = "{scheme}://{host}{path}?{query}".format(
        scheme=request.scheme,
        host=host,
        path=request.path,
        query=normalised_query(request.META.get("QUERY_STRING", "")),
    )
    return f"{KEY_PREFIX}:{hashlib.sha256(address.encode()).hexdigest()}"


class StoredPage(NamedTuple):
    status: int
    headers: list  # [(name, value)], as the answer was sent
    content: bytes

    def as_response(self):
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        return response


def store(key, token, response, seconds):
    headers = [(name, value) for name, value in response.items()]
    entry = (token, time.time() + seconds, response.status_code, headers, response.content)
    generation.store().set(key, entry, seconds)


def current_page(entry, token):
    """The stored page and when it expires (a time.time()), if it was made in the generation
    `token` names; else (None, None)."""
    if not entry or entry[0] != token:
        return None, None
    return StoredPage(*entry[2:]), entry[1]


def read(key):
    """The generation's token, and the current stored page at `key` (or None) with when it
    expires, in one round trip to the cache."""
    # The generation is read before the page is made: a change committed while it is being
    # made renews the generation, so that copy is never served as the new one.
    token, entry = generation.read_with(key)
    return (token, *current_page(entry, token))
