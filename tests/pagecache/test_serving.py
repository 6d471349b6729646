"""What the page cache stores and serves: whole public pages for visitors without a session,
and nothing that depends on who asks."""

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from contact.models import ContactPage
from core.page_cache import rules
from tests import factories

from .probes import served_from_cache


@pytest.fixture
def story(case_study_index, member):
    return factories.CaseStudyPageFactory(
        parent=case_study_index, title="Tenant-led repairs", lead_member=member
    )


def test_a_public_page_is_served_from_the_cache_the_second_time(visitor, story):
    first = visitor.get(story.url)
    second = visitor.get(story.url)
    assert first.status_code == second.status_code == 200
    assert not served_from_cache(first) and served_from_cache(second)
    assert second.content == first.content
    assert "Tenant-led repairs" in second.content.decode()


@pytest.mark.parametrize(
    "url", ["/", "/case-studies/", "/case-studies/?theme=housing", "/search/", "/apply/"]
)
def test_home_listings_search_and_apply_pages_are_cached(visitor, story, url):
    visitor.get(url)
    response = visitor.get(url)
    assert response.status_code == 200
    assert served_from_cache(response)


def test_a_cached_page_says_what_a_cdn_and_browsers_may_keep(visitor, story):
    for response in (visitor.get(story.url), visitor.get(story.url)):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=60", "s-maxage=300"}
        assert "Cookie" in response["Vary"]


def test_a_stored_page_keeps_the_policies_it_was_made_with(visitor, story):
    first, second = visitor.get(story.url), visitor.get(story.url)
    assert served_from_cache(second)
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert second[header] == first[header]
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_static_files_pictures_and_health_checks_are_never_looked_up_in_the_page_cache():
    assert not rules.may_use_cache(RequestFactory().get("/static/css/hub.css"))
    assert not rules.may_use_cache(RequestFactory().get("/media/images/a.webp"))
    assert not rules.may_use_cache(RequestFactory().get("/health/"))
    assert rules.may_use_cache(RequestFactory().get("/case-studies/"))


def test_a_request_for_a_host_django_would_refuse_is_never_looked_up(settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    assert rules.may_use_cache(RequestFactory().get("/", HTTP_HOST="testserver"))
    assert not rules.may_use_cache(RequestFactory().get("/", HTTP_HOST="evil.example"))


def test_each_served_copy_has_its_own_request_id(visitor, story):
    first, second = visitor.get(story.url), visitor.get(story.url)
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_the_order_of_query_parameters_does_not_matter(visitor, story):
    visitor.get("/case-studies/?year=2020&sort=title")
    assert served_from_cache(visitor.get("/case-studies/?sort=title&year=2020"))
    assert not served_from_cache(visitor.get("/case-studies/?sort=title"))


def test_head_is_answered_from_what_get_stored(visitor, story):
    visitor.get(story.url)
    response = visitor.head(story.url)
    assert response.status_code == 200 and served_from_cache(response)


def test_a_signed_in_member_never_gets_the_cached_page(visitor, story, django_user_model):
    visitor.get(story.url)
    member = Client()
    member.force_login(django_user_model.objects.create_user("ada", password="x"))
    response = member.get(story.url)
    assert not served_from_cache(response)
    assert "Sign out" in response.content.decode()
    assert {"private", "no-store"} <= rules.cache_control_directives(response)


def test_a_signed_in_member_never_fills_the_cache(visitor, story, django_user_model):
    member = Client()
    member.force_login(django_user_model.objects.create_user("ada", password="x"))
    member.get(story.url)
    member.get(story.url)
    first = visitor.get(story.url)
    assert not served_from_cache(first)
    assert "Sign out" not in first.content.decode()
    assert "csrfmiddlewaretoken" not in first.content.decode()


def test_a_visitor_with_a_session_is_not_served_from_the_cache(visitor, story, settings):
    visitor.get(story.url)
    with_session = Client()
    with_session.cookies[settings.SESSION_COOKIE_NAME] = "a-page-password-session"
    assert not served_from_cache(with_session.get(story.url))
    with_messages = Client()
    with_messages.cookies["messages"] = "waiting"
    assert not served_from_cache(with_messages.get(story.url))


@pytest.mark.parametrize("url", ["/account/login/", "/contact/"])
def test_a_page_with_a_form_and_its_csrf_token_is_never_cached(visitor, home_page, url):
    page = ContactPage(
        title="Contact us",
        slug="contact",
        introduction="<p>Write to us.</p>",
        confirmation="<p>We reply within five working days.</p>",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    first = visitor.get(url)
    second = visitor.get(url)
    assert second.status_code == 200
    assert "csrfmiddlewaretoken" in second.content.decode()
    assert not served_from_cache(second)
    assert {"private", "no-store"} <= rules.cache_control_directives(first)


def test_an_open_application_form_is_never_cached(visitor):
    from tests.factories import FundingRoundFactory

    funding_round = FundingRoundFactory(slug="open-round")
    url = reverse("apply:apply", args=[funding_round.slug])
    visitor.get(url)
    response = visitor.get(url)
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert not served_from_cache(response)


def test_a_members_only_page_is_never_cached_nor_its_content_shown(
    visitor, case_study_index, member, members_only
):
    secret = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Members' briefing",
        summary="A summary anyone may read.",
        lead_member=member,
        body=[("paragraph", "<p>Only members read this: Quillwort figures.</p>")],
    )
    members_only(secret)
    for _ in range(2):
        assert visitor.get(secret.url).status_code == 302
        listing = visitor.get(case_study_index.url).content.decode()
        assert "Members only" in listing and "Quillwort" not in listing


def test_a_search_for_words_is_counted_each_time_so_never_cached(visitor, story):
    visitor.get("/search/?q=repairs")
    response = visitor.get("/search/?q=repairs")
    assert not served_from_cache(response)
    assert "private" in rules.cache_control_directives(response)


def test_nothing_is_stored_with_the_page_cache_off(visitor, story, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visitor.get(story.url)
    response = visitor.get(story.url)
    assert "X-Page-Cache" not in response
    assert "public" in rules.cache_control_directives(response)


def test_a_page_nobody_may_see_is_not_cached(visitor, case_study_index):
    assert visitor.get("/no-such-page/").status_code == 404
    assert not served_from_cache(visitor.get("/no-such-page/"))


# The rules, one by one, on responses no view of the hub makes today.


def anonymous_get():
    return RequestFactory().get("/somewhere/")


def test_a_plain_page_is_public():
    assert rules.is_public_response(anonymous_get(), HttpResponse(b"<p>Hello</p>"))


@pytest.mark.parametrize(
    "make",
    [
        lambda r: r.set_cookie("chosen", "1"),
        lambda r: r.__setitem__("Cache-Control", "private"),
        lambda r: r.__setitem__("Cache-Control", "no-store"),
        lambda r: r.__setitem__("Cache-Control", "no-cache"),
        lambda r: r.__setitem__("Vary", "Accept-Language"),
    ],
    ids=["sets-a-cookie", "private", "no-store", "no-cache", "varies"],
)
def test_a_response_marked_personal_is_not_public(make):
    response = HttpResponse(b"<p>Hello</p>")
    make(response)
    assert not rules.is_public_response(anonymous_get(), response)


@pytest.mark.parametrize(
    "content", [b'<script nonce="abc">go()</script>', b'<input name="csrfmiddlewaretoken">']
)
def test_a_page_with_a_nonce_or_a_csrf_token_is_not_public(content):
    assert not rules.is_public_response(anonymous_get(), HttpResponse(content))


def test_a_policy_that_names_a_nonce_is_never_stored():
    response = HttpResponse(b"<p>Hello</p>")
    response["Content-Security-Policy"] = "script-src 'self' 'nonce-abc123'"
    assert not rules.is_public_response(anonymous_get(), response)


def test_a_redirect_or_a_stream_is_not_stored():
    assert not rules.is_public_response(anonymous_get(), HttpResponse(status=302))
    stream = StreamingHttpResponse(iter([b"a"]))
    assert not rules.is_public_response(anonymous_get(), stream)


def test_a_request_that_used_the_csrf_token_is_not_public():
    request = anonymous_get()
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    assert not rules.is_public_response(request, HttpResponse(b"<p>Form</p>"))
