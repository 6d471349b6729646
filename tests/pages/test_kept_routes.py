"""Which page serves an address is kept for the content generation (core.models.pages.kept_route):
the page is read afresh in one query instead of being found by walking the tree, and anything
that moves, renames, unpublishes or deletes a page is followed, whether or not the generation
has been renewed yet."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from accounts.roles import MEMBERS
from tests import factories


def walked_the_tree(client, url):
    """The response, and whether serving it looked a page up by its slug."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, any('"slug" =' in query["sql"] for query in queries.captured_queries)


def assert_no_longer_served(response, new_url):
    """The old address serves nothing: not found, or Wagtail's redirect to the new one."""
    if response.status_code == 404:
        return
    assert response.status_code == 301
    assert response["Location"] == new_url


@pytest.fixture
def news_item(news_index):
    return factories.NewsPageFactory(parent=news_index, title="Governance lab funded")


def test_an_address_is_walked_once_then_served_from_the_kept_route(news_item):
    client = Client()
    first, walked_first = walked_the_tree(client, news_item.url)
    again, walked_again = walked_the_tree(client, news_item.url)
    assert first.status_code == again.status_code == 200
    assert walked_first and not walked_again
    assert again.content == first.content
    assert again.context["page"].specific_class is type(news_item)


def test_a_route_of_the_page_own_is_kept_too(news_index, news_item):
    client = Client()
    url = f"{news_index.url}feed/rss/"
    first, _ = walked_the_tree(client, url)
    again, walked_again = walked_the_tree(client, url)
    assert first.status_code == again.status_code == 200
    assert not walked_again
    assert again["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert b"Governance lab funded" in again.content


def test_a_renamed_page_is_served_at_its_new_address_only(news_item):
    client = Client()
    old_url = news_item.url
    assert client.get(old_url).status_code == 200
    news_item.slug = "lab-funded"
    news_item.save_revision().publish()
    news_item.refresh_from_db()
    assert_no_longer_served(client.get(old_url), news_item.url)
    assert client.get(news_item.url).status_code == 200


def test_a_moved_page_leaves_its_old_address(news_index, home_page, news_item):
    client = Client()
    old_url = news_item.url
    assert client.get(old_url).status_code == 200
    other_index = factories.NewsIndexPageFactory(parent=home_page, title="Stories", slug="stories")
    news_item.move(other_index, pos="last-child")
    news_item.refresh_from_db()
    assert_no_longer_served(client.get(old_url), news_item.url)
    assert client.get(news_item.url).status_code == 200


def test_whether_the_page_is_live_is_decided_at_each_request(news_item):
    client = Client()
    assert client.get(news_item.url).status_code == 200
    # Taken down behind the signals' back: the kept route still names it, the page read afresh
    # says it is not live.
    Page.objects.filter(pk=news_item.pk).update(live=False)
    assert client.get(news_item.url).status_code == 404


def test_a_page_deleted_behind_the_kept_route_is_not_found(news_item):
    client = Client()
    assert client.get(news_item.url).status_code == 200
    Page.objects.filter(pk=news_item.pk).delete()
    assert client.get(news_item.url).status_code == 404


def test_an_address_that_found_nothing_is_not_kept(news_index, news_item):
    client = Client()
    url = f"{news_index.url}not-yet/"
    assert client.get(url).status_code == 404
    # The slug changes without a signal: had the miss been kept, it would still be a miss.
    Page.objects.filter(pk=news_item.pk).update(slug="not-yet")
    assert client.get(url).status_code == 200


def test_a_kept_route_does_not_decide_who_may_read_the_page(news_item, member_client):
    restriction = PageViewRestriction.objects.create(
        page=news_item, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=MEMBERS)])
    assert member_client.get(news_item.url).status_code == 200
    visitor = Client().get(news_item.url)
    assert visitor.status_code == 302
    assert visitor["Location"].startswith(reverse("accounts:login"))
