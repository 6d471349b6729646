"""Counting the queries a visitor's request to a public page makes."""

from contextlib import contextmanager
from unittest import mock

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.templatetags.kept_tags import KeptNode


@contextmanager
def drawing_kept_fragments():
    """Every `{% kept %}` fragment drawn afresh, as on the first request after a change."""

    def draw(node, context):
        return node.nodelist.render(context)

    with mock.patch.object(KeptNode, "render", draw):
        yield


def count_queries(url):
    """The queries a second request to `url` makes (the first makes the image renditions and
    keeps what the content generation keeps), by a new anonymous visitor each time."""
    client = Client()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


def measure(url):
    """(the queries with the page's kept fragments read, with them drawn): a listing's card
    grid, say, is drawn once for the content generation and read back after."""
    read = count_queries(url)
    with drawing_kept_fragments():
        drawn = count_queries(url)
    return read, drawn
