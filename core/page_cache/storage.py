"""Stored pages: keyed by the address asked for, kept with the generation they were made in."""

import hashlib
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode

from django.http import HttpResponse

from .generation import store as page_store

# The version changes when what is stored changes (v3: with every header but the request id),
# so a deploy never serves pages stored by the code before it.
KEY_PREFIX = "pagecache:page:v3"


def normalised_query(query_string):
    """The query string with its parameters in a fixed order: `?b=2&a=1` is `?a=1&b=2`."""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode(sorted(pairs))


def page_key(request):
    address = "{scheme}://{host}{path}?{query}".format(
        scheme=request.scheme,
        host=request.get_host(),
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


def store(key, generation, response, seconds):
    headers = [(name, value) for name, value in response.items()]
    page_store().set(key, (generation, response.status_code, headers, response.content), seconds)


def stored_page(entry, generation):
    """The stored page, if it was made in this generation; else None."""
    if not entry or entry[0] != generation:
        return None
    return StoredPage(*entry[1:])
