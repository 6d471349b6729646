"""Query counts: an index page costs as much for 5 items as for 50; each page's count is pinned.

Every item has a listing image (or a logo), themes and a lead member, so rendition prefetching and
the select/prefetch in the selectors are exercised. Each page is requested once first: that
request makes the image renditions and warms the site-root cache, so the measured request is the
steady state a visitor sees.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from labs.choices import LabStatus
from tests import factories

# At most 12 on every public page (the page cache off): the site chrome, the restricted paths,
# breadcrumbs, the listings' filter options and the facts a page shows besides its own fields
# are kept for the content generation (core/chrome.py, core/page_cache/generation.py).
BUDGET = 12
INDEX_QUERIES = {
    "member_index": 11,
    "case_study_index": 10,
    "toolkit_index": 10,
    "lab_index": 12,
}


def measure(url):
    client = Client()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.fixture
def lead(member_index, region):
    return factories.MemberPageFactory(parent=member_index, title="Lead Council", region=region)


@pytest.fixture
def partner(member_index, region):
    return factories.MemberPageFactory(parent=member_index, title="Partner Council", region=region)


def add_items(kind, count, indexes, lead, partner, housing, start=0):
    """Add `count` items of a kind, each with an image, themes and members."""
    for number in range(start, start + count):
        image = factories.ImageFactory()
        if kind == "member_index":
            factories.MemberPageFactory(
                parent=indexes[kind], title=f"Council {number:03d}", logo=image, region=lead.region
            )
        elif kind == "case_study_index":
            factories.CaseStudyPageFactory(
                parent=indexes[kind],
                title=f"Story {number:03d}",
                lead_member=lead,
                partner_members=[partner],
                themes=[housing],
                listing_image=image,
            )
        elif kind == "lab_index":
            factories.PolicyLabPageFactory(
                parent=indexes[kind],
                title=f"Lab {number:03d}",
                lead_member=lead,
                partner_members=[partner],
                themes=[housing],
                listing_image=image,
                round_year=2018 + number % 5,
                status=LabStatus.COMPLETED,
            )
        elif kind == "toolkit_index":
            lab = factories.PolicyLabPageFactory(
                parent=indexes["lab_index"], title=f"Source lab {number:03d}", lead_member=lead
            )
            factories.ToolkitPageFactory(
                parent=indexes[kind],
                title=f"Toolkit {number:03d}",
                originating_lab=lab,
                themes=[housing],
                listing_image=image,
            )


@pytest.mark.parametrize("kind", list(INDEX_QUERIES))
def test_index_query_count_does_not_grow_with_items(
    kind, request, lead, partner, housing, django_assert_num_queries
):
    indexes = {
        name: request.getfixturevalue(name)
        for name in ("member_index", "case_study_index", "toolkit_index", "lab_index")
    }
    url = indexes[kind].url
    add_items(kind, 5, indexes, lead, partner, housing)
    with_five = measure(url)
    add_items(kind, 45, indexes, lead, partner, housing, start=5)
    with_fifty = measure(url)
    assert with_five == with_fifty
    with django_assert_num_queries(INDEX_QUERIES[kind]):
        Client().get(url)


@pytest.mark.parametrize("kind", list(INDEX_QUERIES))
def test_filtered_index_query_count_is_pinned(
    kind, request, lead, partner, housing, django_assert_num_queries
):
    """Filtering adds the queries that check each value, and nothing per item."""
    indexes = {
        name: request.getfixturevalue(name)
        for name in ("member_index", "case_study_index", "toolkit_index", "lab_index")
    }
    add_items(kind, 15, indexes, lead, partner, housing)
    params = {"region": "north-west"}
    if kind != "member_index":
        params.update(theme="housing", member=lead.slug)
    url = indexes[kind].url + "?" + "&".join(f"{k}={v}" for k, v in params.items())
    with_fifteen = measure(url + "&page=2")
    assert with_fifteen == measure(url)
    with django_assert_num_queries(with_fifteen):
        Client().get(url)


def test_home_page_query_count(graph, home_page, case_study_index, django_assert_num_queries):
    from home.models import FeaturedCaseStudy

    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["story"])
    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["older_story"])
    Client().get(home_page.url)
    with django_assert_num_queries(6):
        Client().get(home_page.url)


@pytest.mark.parametrize(
    "name, expected",
    [("story", 7), ("lead", 8), ("lab", 8), ("toolkit", 9)],
)
def test_detail_page_query_count(graph, name, expected, django_assert_num_queries):
    url = graph[name].url
    Client().get(url)
    with django_assert_num_queries(expected):
        response = Client().get(url)
    assert response.status_code == 200


def test_standard_page_query_count(home_page, django_assert_num_queries):
    page = factories.StandardPageFactory(parent=home_page)
    Client().get(page.url)
    with django_assert_num_queries(4):
        Client().get(page.url)


def test_every_pinned_page_is_within_the_budget():
    assert max(INDEX_QUERIES.values()) <= BUDGET
