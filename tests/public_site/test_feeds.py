"""RSS 2.0 and Atom feeds of the listings: case studies, toolkits, labs, news and events, each
with its filters, public live pages only, linked from the listing it follows."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"
# The news listing's years and the restrictions a visitor fails are kept for the content
# generation, like the filter options.
FEED_QUERIES = 5
FEED_INDEXES = ["case_study_index", "toolkit_index", "lab_index", "news_index", "event_index"]


@pytest.fixture
def listings(graph, news_index, event_index, housing):
    factories.NewsPageFactory(
        parent=news_index,
        title="Governance lab funded",
        date=datetime.date(2024, 3, 14),
        lead_member=graph["lead"],
        themes=[housing],
    )
    factories.NewsPageFactory(
        parent=news_index, title="Booklet published", date=datetime.date(2020, 5, 1)
    )
    factories.EventPageFactory(
        parent=event_index, title="Learning session", lead_member=graph["lead"], themes=[housing]
    )
    return graph


def rss_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


@pytest.mark.parametrize("index_name", FEED_INDEXES)
def test_every_listing_is_an_rss_and_an_atom_feed(index_name, listings, request):
    index = request.getfixturevalue(index_name)
    listed = index.specific.listing_source(Client().get(index.url).wsgi_request)[0]
    expected = [page.title for page in listed]
    assert expected
    assert rss_titles(Client().get(f"{index.url}feed/rss/")) == expected
    assert atom_titles(Client().get(f"{index.url}feed/atom/")) == expected


def test_feed_items_link_to_their_pages_with_dates_summaries_and_themes(listings, news_index):
    channel = ET.fromstring(Client().get(f"{news_index.url}feed/rss/").content).find("channel")
    assert channel.findtext("title") == "News: CCIN Hub"
    assert channel.findtext("link") == f"http://testserver{news_index.url}"
    item = channel.find("item")
    assert item.findtext("link").startswith(f"http://testserver{news_index.url}governance-lab")
    assert item.findtext("description") == "Members share what they learned."
    assert item.findtext("pubDate").startswith("Thu, 14 Mar 2024")
    assert [category.text for category in item.findall("category")] == ["Housing"]


def test_an_event_feed_says_when_and_where(listings, event_index):
    channel = ET.fromstring(Client().get(f"{event_index.url}feed/rss/").content).find("channel")
    description = channel.find("item").findtext("description")
    assert description.endswith("Online. Members meet to share what works.")


def test_a_filtered_feed_keeps_the_listings_filters(listings, news_index):
    lead = listings["lead"]
    url = f"{news_index.url}feed/rss/?member={lead.slug}&theme=housing"
    assert rss_titles(Client().get(url)) == ["Governance lab funded"]
    channel = ET.fromstring(Client().get(url).content).find("channel")
    assert channel.findtext("title") == (
        "News: CCIN Hub (Theme: Housing, Member: Rochdale Borough Council)"
    )
    assert channel.findtext("link") == (
        f"http://testserver{news_index.url}?theme=housing&member={lead.slug}"
    )
    assert atom_titles(Client().get(f"{news_index.url}feed/atom/?year=2020")) == [
        "Booklet published"
    ]


def test_a_feed_drops_filter_values_the_listing_would_drop(listings, news_index):
    url = f"{news_index.url}feed/rss/?year=1850&member=nobody&page=4"
    assert rss_titles(Client().get(url)) == ["Governance lab funded", "Booklet published"]
    channel = ET.fromstring(Client().get(url).content).find("channel")
    assert channel.findtext("link") == f"http://testserver{news_index.url}"


def test_a_listing_links_to_its_feeds_with_its_filters(listings, news_index, case_study_index):
    html = Client().get(f"{news_index.url}?theme=housing&year=nonsense&page=1").content.decode()
    head = html.split("</head>")[0]
    rss = f"{news_index.url}feed/rss/?theme=housing"
    atom = f"{news_index.url}feed/atom/?theme=housing"
    assert (
        f'<link rel="alternate" type="application/rss+xml" '
        f'title="News: CCIN Hub (Theme: Housing) (RSS)" href="{rss}">'
    ) in head
    assert '<link rel="alternate" type="application/atom+xml"' in head and atom in head
    body = html.split("</head>")[1]
    assert f'<a href="{rss}" type="application/rss+xml">RSS feed' in body
    assert "Follow this filtered list:" in body
    assert (
        f'href="{case_study_index.url}feed/rss/"'
        in Client().get(case_study_index.url).content.decode()
    )


def test_the_member_listing_has_no_feed(listings, member_index):
    assert Client().get(f"{member_index.url}feed/rss/").status_code == 404
    assert 'rel="alternate"' not in Client().get(member_index.url).content.decode()


def test_feeds_hold_only_public_live_pages_whoever_asks(listings, news_index, django_user_model):
    members_only = factories.NewsPageFactory(
        parent=news_index, title="For members only", date=datetime.date(2025, 1, 1)
    )
    group = Group.objects.get_or_create(name="Members")[0]
    restriction = PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    factories.NewsPageFactory(
        parent=news_index, title="Still a draft", live=False, date=datetime.date(2025, 2, 1)
    )
    superuser = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client = Client()
    client.force_login(superuser)
    for who in (Client(), client):
        titles = rss_titles(who.get(f"{news_index.url}feed/rss/"))
        assert titles == ["Governance lab funded", "Booklet published"]
    # The listing itself still shows the members-only item, locked.
    assert "For members only" in Client().get(news_index.url).content.decode()


def test_a_feed_query_count_does_not_grow_with_its_items(
    news_index, django_assert_num_queries, housing
):
    def add(count, start):
        for number in range(start, start + count):
            factories.NewsPageFactory(
                parent=news_index, title=f"News {number:03d}", themes=[housing]
            )

    url = f"{news_index.url}feed/rss/"
    add(5, 0)
    Client().get(url)
    with django_assert_num_queries(FEED_QUERIES):
        Client().get(url)
    add(45, 5)
    Client().get(url)
    with django_assert_num_queries(FEED_QUERIES):
        assert len(rss_titles(Client().get(url))) == 50
