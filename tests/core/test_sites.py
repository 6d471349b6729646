"""The site serving a request, kept for the content generation (core/sites.py): the site Wagtail
finds, found without a query once kept, each host its own, and found afresh when a site changes."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core.sites import address, site_for
from tests import factories


@pytest.fixture(autouse=True)
def any_host(settings):
    settings.ALLOWED_HOSTS = ["*"]


def request_for(host):
    return RequestFactory().get("/search/", HTTP_HOST=host)


@pytest.fixture
def other_root(home_page):
    return factories.StandardPageFactory(
        parent=Page.get_first_root_node(), title="Another network", slug="another-network"
    )


def test_the_site_wagtail_finds_is_kept_and_then_read_without_a_query(home_page):
    default = Site.objects.get(is_default_site=True)
    assert site_for(request_for("hub.example.org")) == default
    with CaptureQueriesContext(connection) as queries:
        assert site_for(request_for("hub.example.org")) == default
    assert queries.captured_queries == []


def test_each_host_gets_its_own_site(home_page, other_root):
    other = Site.objects.create(hostname="other.example.org", port=80, root_page=other_root)
    assert site_for(request_for("other.example.org")) == other
    assert site_for(request_for("hub.example.org")) == Site.objects.get(is_default_site=True)


def test_a_new_site_is_found_at_once(home_page, other_root):
    assert site_for(request_for("other.example.org")).is_default_site
    other = Site.objects.create(hostname="other.example.org", port=80, root_page=other_root)
    assert site_for(request_for("other.example.org")) == other


def test_a_page_is_a_path_on_its_own_site_and_a_full_address_on_another(home_page, other_root):
    Site.objects.create(hostname="other.example.org", port=80, root_page=other_root)
    story = factories.StandardPageFactory(parent=home_page, title="Our story", slug="our-story")
    default = Site.objects.get(is_default_site=True)
    assert address(story, request_for("hub.example.org")) == "/our-story/"
    assert address(story, request_for("other.example.org")) == f"{default.root_url}/our-story/"
    assert address(story, request_for("other.example.org")) == story.get_url(
        request_for("other.example.org")
    )
