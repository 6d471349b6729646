"""News and events listings cost as much for 5 items as for 50; their pages and the home
page's "What's next" and "What's new" have pinned query counts."""

import pytest

from core.renditions import make_page_renditions
from tests import factories
from tests.helpers.page_queries import measure

# At most 12 on every public page (tests/public_site/test_query_counts.py). The events
# listing's "when" options (upcoming, past) depend on the time too: they are kept for the
# content generation like the other options, for ten minutes at most.
BUDGET = 12
# (with the card grid read, with it drawn), as there.
INDEX_QUERIES = {"news_index": (4, 8), "event_index": (4, 8)}
FILTERED_QUERIES = {
    "news_index": (4, 8),
    "event_index": (4, 8),
    "event_index_upcoming": (5, 9),
}


def add_items(kind, index, count, lead, partner, housing, start=0):
    factory = factories.NewsPageFactory if kind == "news_index" else factories.EventPageFactory
    for number in range(start, start + count):
        page = factory(
            parent=index,
            title=f"Item {number:03d}",
            lead_member=lead,
            involved_members=[partner],
            themes=[housing],
            listing_image=factories.ImageFactory(),
        )
        # What publishing queues (core.renditions): pages and the cards kept for the content
        # generation then find their pictures' renditions made, as on the live site.
        make_page_renditions.call(page.pk)


@pytest.mark.parametrize("kind", list(INDEX_QUERIES))
def test_index_query_count_does_not_grow_with_items(
    kind, request, lead, partner, housing, django_assert_num_queries
):
    index = request.getfixturevalue(kind)
    add_items(kind, index, 5, lead, partner, housing)
    with_five = measure(index.url)
    add_items(kind, index, 45, lead, partner, housing, start=5)
    assert measure(index.url) == with_five == INDEX_QUERIES[kind]


@pytest.mark.parametrize("variant", list(FILTERED_QUERIES))
def test_filtered_index_query_count_is_pinned(
    variant, request, lead, partner, housing, django_assert_num_queries
):
    kind = variant.removesuffix("_upcoming")
    index = request.getfixturevalue(kind)
    url = f"{index.url}?member={partner.slug}&theme=housing&region=north-west"
    if variant.endswith("_upcoming"):
        url += "&when=upcoming&attendance=online"
    add_items(kind, index, 5, lead, partner, housing)
    with_five = measure(url)
    add_items(kind, index, 15, lead, partner, housing, start=5)
    assert measure(url) == with_five
    assert measure(url + "&page=2") == with_five == FILTERED_QUERIES[variant]


def test_every_pinned_page_is_within_the_budget():
    assert max(max(pins) for pins in INDEX_QUERIES.values()) <= BUDGET
    assert max(max(pins) for pins in FILTERED_QUERIES.values()) <= BUDGET


def test_home_page_reads_upcoming_events_and_latest_news_in_fixed_queries(
    home_page, news_index, event_index, lead, partner, housing, django_assert_num_queries
):
    add_items("news_index", news_index, 2, lead, partner, housing)
    add_items("event_index", event_index, 2, lead, partner, housing)
    with_two = measure(home_page.url)
    add_items("news_index", news_index, 6, lead, partner, housing, start=2)
    add_items("event_index", event_index, 6, lead, partner, housing, start=2)
    assert measure(home_page.url) == with_two
    assert with_two[0] == with_two[1] <= BUDGET


# (with the page's kept fragments read, with them drawn): a member profile keeps its sections
# of work, its news and events among them.
@pytest.mark.parametrize(
    "name, expected", [("new_news", (5, 5)), ("soon_event", (5, 5)), ("lead", (4, 4))]
)
def test_detail_page_query_count(calendar, lead, name, expected):
    page = lead if name == "lead" else calendar[name]
    assert measure(page.url) == expected
