"""Stored pages answered before Django (core/page_cache/wsgi.py): the same answer the
middleware gives, without Django's request handling, and only where the middleware would."""

import io
import sys

import pytest
from django.core.handlers.wsgi import WSGIRequest
from django.test import Client

from core.page_cache import generation
from core.page_cache.wsgi import KeysByAddress, StoredPages, stored_page_key
from tests import factories

from .probes import served_from_cache


def reaches_django(environ, start_response):
    raise AssertionError("the request was handed to Django")


class Answer:
    def __init__(self, application, environ):
        self.body = b"".join(application(environ, self.start_response))

    def start_response(self, status, headers):
        self.status = status
        self.headers = dict(headers)


def environ(path="/", query="", method="GET", **headers):
    """What a WSGI server hands the application for a request the test client would make."""
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        **headers,
    }


@pytest.fixture
def story(case_study_index, member):
    return factories.CaseStudyPageFactory(
        parent=case_study_index, title="Tenant-led repairs", lead_member=member
    )


@pytest.fixture
def stored(visitor, story):
    """The story's page, stored by the middleware, and the middleware's own stored answer."""
    visitor.get(story.url)
    from_middleware = visitor.get(story.url)
    assert served_from_cache(from_middleware)
    return from_middleware


def test_a_stored_page_is_answered_without_django_as_the_middleware_answers_it(stored, story):
    answer = Answer(StoredPages(reaches_django), environ(story.url))
    assert answer.status == "200 OK"
    assert answer.body == stored.content
    expected = dict(stored.items())
    for headers in (expected, answer.headers):
        headers.pop("X-Request-ID")
    assert answer.headers == expected


def test_the_request_id_a_proxy_gave_is_kept_and_a_malformed_one_replaced(stored, story):
    front = StoredPages(reaches_django)
    kept = Answer(front, environ(story.url, HTTP_X_REQUEST_ID="lb-1234.abc"))
    assert kept.headers["X-Request-ID"] == "lb-1234.abc"
    replaced = Answer(front, environ(story.url, HTTP_X_REQUEST_ID="<script>"))
    assert replaced.headers["X-Request-ID"] not in ("<script>", "lb-1234.abc")


@pytest.mark.parametrize(
    "request_headers",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_COOKIE": "messages=abc"},
        {"HTTP_AUTHORIZATION": "Bearer abc"},
        {"REQUEST_METHOD": "POST"},
        {"HTTP_HOST": "evil.example"},
    ],
)
def test_requests_the_cache_may_not_answer_go_to_django(stored, story, request_headers, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    handed_on = []
    front = StoredPages(lambda environ, start_response: handed_on.append(environ) or [b""])
    Answer(front, environ(story.url, **request_headers))
    assert len(handed_on) == 1


def test_after_a_change_the_stored_page_goes_to_django(stored, story):
    generation.renew()
    handed_on = []
    front = StoredPages(lambda environ, start_response: handed_on.append(environ) or [b""])
    Answer(front, environ(story.url))
    assert len(handed_on) == 1


def test_with_the_cache_off_every_request_goes_to_django(stored, story, settings):
    settings.PAGE_CACHE_SECONDS = 0
    handed_on = []
    front = StoredPages(lambda environ, start_response: handed_on.append(environ) or [b""])
    Answer(front, environ(story.url))
    assert len(handed_on) == 1


def test_a_signed_in_member_never_gets_the_stored_page(stored, story, django_user_model):
    member = Client()
    member.force_login(django_user_model.objects.create_user("reader", password="x"))
    response = member.get(story.url)
    assert response.status_code == 200 and not served_from_cache(response)


def test_the_web_process_answers_through_the_front():
    from hub.wsgi import application

    assert isinstance(application, StoredPages)


def test_an_address_asked_for_again_is_decided_as_the_first_time(stored, story, settings):
    """The front remembers each address's key; what differs in any part of the address, or
    who asks, is decided afresh."""
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    handed_on = []
    front = StoredPages(lambda environ, start_response: handed_on.append(environ) or [b""])
    for _ in range(2):
        assert Answer(front, environ(story.url)).status == "200 OK"
    assert not handed_on
    for different in (
        {"HTTP_HOST": "evil.example"},
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_AUTHORIZATION": "Bearer abc"},
        {"REQUEST_METHOD": "POST"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"QUERY_STRING": "page=2"},
    ):
        Answer(front, environ(story.url, **different))
    assert len(handed_on) == 6


@pytest.mark.parametrize(
    "request_headers",
    [
        {},
        {"QUERY_STRING": "b=2&a=1"},
        {"QUERY_STRING": "a=1&b=2"},
        {"HTTP_HOST": "evil.example"},
        {"HTTP_HOST": "testserver:8000"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"HTTP_COOKIE": "csrftoken=abc"},
        {"HTTP_COOKIE": "sessionid=abc"},
        {"REQUEST_METHOD": "HEAD"},
        {"PATH_INFO": "/static/css/hub.css"},
    ],
)
def test_the_remembered_key_is_the_middlewares(request_headers, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    keys = KeysByAddress()
    asked = environ("/case-studies/", **request_headers)
    expected = stored_page_key(WSGIRequest(asked))
    assert keys.key_for(asked) == expected
    assert keys.key_for(dict(asked)) == expected


def test_the_remembered_addresses_are_bounded():
    keys = KeysByAddress(limit=3, longest_query=10)
    for number in range(5):
        keys.key_for(environ("/", query=f"page={number}"))
    assert len(keys._keys) <= 3
    keys.key_for(environ("/", query="q=" + "x" * 20))
    assert all(address[-1] != "q=" + "x" * 20 for address in keys._keys)
