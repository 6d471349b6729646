"""Stored pages: keyed by the address asked for, kept with the generation they were made in."""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.http import HttpResponse

from .generation import store as page_store

# The version changes when what is stored changes (v2: with the policies' headers), so a
# deploy never serves pages stored by the code before it.
KEY_PREFIX = "pagecache:page:v2"


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


def store(key, generation, response, seconds):
    headers = [(name, value) for name, value in response.items()]
    page_store().set(key, (generation, response.status_code, headers, response.content), seconds)


def stored_response(entry, generation):
    """The stored response, if it was made in this generation; else None."""
    if not entry or entry[0] != generation:
        return None
    _, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response
