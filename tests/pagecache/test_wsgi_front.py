"""Stored pages answered before Django (core/page_cache/wsgi.py): the same answer the
middleware gives, without Django's request handling, and only where the middleware would."""

import io
import sys

import pytest
from django.test import Client

from core.page_cache import generation
from core.page_cache.wsgi import StoredPages
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
