"""Query counts: an index page costs as much for 5 items as for 50; each page's count is pinned.

Every item has a listing image (or a logo), themes and a lead member, so rendition prefetching and
the select/prefetch in the selectors are exercised. Each page is requested once first: that
request makes the image renditions and warms the site-root cache, so the measured request is the
steady state a visitor sees.
"""

import pytest
from django.test import Client

from core.renditions import make_page_renditions
from labs.choices import LabStatus
from members.profile import ON_A_PROFILE
from tests import factories
from tests.helpers.page_queries import measure

# At most 12 on every public page (the page cache off): the site chrome, the restricted paths,
# breadcrumbs, which page serves each address, the listings' filter options and the facts a page
# shows besides its own fields are kept for the content generation (core/chrome.py,
# core/page_cache/generation.py).
BUDGET = 12
# (with the card grid read, with it drawn): the grid is kept for the content generation, named
# by the items shown, whose keys alone are read when it is kept (`{% kept %}`, core/listing.py).
INDEX_QUERIES = {
    "member_index": (4, 7),
    "case_study_index": (4, 8),
    "toolkit_index": (4, 8),
    "lab_index": (4, 8),
}
# Each index filtered by every kind of filter it offers: the values are checked against the
# options kept for the content generation, and the items each value keeps are kept too, so
# filtering adds no query of its own.
FILTERED_QUERIES = {
    "member_index": (4, 7),
    "member_index_by_name": (5, 8),
    "case_study_index": (4, 8),
    "toolkit_index": (4, 8),
    "lab_index": (4, 8),
}


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
    assert with_five == with_fifty == INDEX_QUERIES[kind]


def filters_for(variant, lead):
    if variant == "member_index":
        return {"region": "north-west"}
    if variant == "member_index_by_name":
        return {"region": "north-west", "member_type": "full", "letter": "C", "q": "council"}
    return {"region": "north-west", "theme": "housing", "member": lead.slug}


@pytest.mark.parametrize("variant", list(FILTERED_QUERIES))
def test_filtered_index_query_count_is_pinned(
    variant, request, lead, partner, housing, django_assert_num_queries
):
    """Filtering costs the same whatever the number of items, and nothing per item."""
    indexes = {
        name: request.getfixturevalue(name)
        for name in ("member_index", "case_study_index", "toolkit_index", "lab_index")
    }
    kind = variant.removesuffix("_by_name")
    params = filters_for(variant, lead)
    url = indexes[kind].url + "?" + "&".join(f"{k}={v}" for k, v in params.items())
    add_items(kind, 5, indexes, lead, partner, housing)
    with_five = measure(url)
    add_items(kind, 15, indexes, lead, partner, housing, start=5)
    assert measure(url) == with_five
    assert measure(url + "&page=2") == with_five == FILTERED_QUERIES[variant]


def test_home_page_query_count(graph, home_page, case_study_index, django_assert_num_queries):
    from home.models import FeaturedCaseStudy

    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["story"])
    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["older_story"])
    Client().get(home_page.url)
    with django_assert_num_queries(4):
        Client().get(home_page.url)


# (with the page's kept fragments read, with them drawn): a member profile keeps its sections
# of work as a listing keeps its card grid.
@pytest.mark.parametrize(
    "name, expected",
    [("story", (5, 5)), ("lead", (4, 6)), ("lab", (6, 6)), ("toolkit", (7, 7))],
)
def test_detail_page_query_count(graph, name, expected):
    assert measure(graph[name].url) == expected
    assert max(expected) <= BUDGET


def test_standard_page_query_count(home_page, django_assert_num_queries):
    page = factories.StandardPageFactory(parent=home_page)
    Client().get(page.url)
    with django_assert_num_queries(3):
        Client().get(page.url)


def test_every_pinned_page_is_within_the_budget():
    assert max(max(pins) for pins in INDEX_QUERIES.values()) <= BUDGET
    assert max(max(pins) for pins in FILTERED_QUERIES.values()) <= BUDGET


def make_renditions(index):
    """What publishing queues (core.renditions), for the pages under `index`."""
    for page in index.get_children():
        make_page_renditions.call(page.pk)


def profile_cards(html):
    """The number of cards in the case studies section of a member profile."""
    section = html.split('id="case-studies-heading"', 1)[1].split("</section>", 1)[0]
    return section.count('<article class="card')


def test_member_profile_is_bounded_whatever_the_work(
    lead, partner, housing, case_study_index, request, django_assert_num_queries
):
    """A profile shows the newest few case studies and a link to all of them: its size and
    its query count do not grow with the member's work."""
    indexes = {"case_study_index": case_study_index}
    add_items("case_study_index", 5, indexes, lead, partner, housing)
    make_renditions(case_study_index)
    with_five = measure(lead.url)
    html = Client().get(lead.url).content.decode()
    assert profile_cards(html) == 5
    assert "See all" not in html
    add_items("case_study_index", 45, indexes, lead, partner, housing, start=5)
    make_renditions(case_study_index)
    assert measure(lead.url) == with_five
    html = Client().get(lead.url).content.decode()
    assert profile_cards(html) == ON_A_PROFILE
    assert (
        f'<a href="{case_study_index.url}?member={lead.slug}">'
        f"See all 50 case studies from {lead.title}</a>"
    ) in html
    assert with_five[0] == with_five[1] <= BUDGET
