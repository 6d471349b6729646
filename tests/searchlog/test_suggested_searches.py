""" "What others search for" on the zero-results page shows only queries that found public results
for several distinct visitors, or the searches comms suggest: never one person's private query,
nor text anyone can put there."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from accounts.roles import COMMS_TEAM, MEMBERS
from searchlog.models import SearchVisitorDay, SuggestedSearch
from tests import factories

pytestmark = pytest.mark.django_db


def address(n):
    return f"203.0.113.{n}"


def search_from(client, query, n):
    """Search as the visitor at address `n` would, from the search page; the titles found."""
    response = client.get("/search/", {"q": query}, REMOTE_ADDR=address(n))
    assert response.status_code == 200
    return [result.title for result in response.context["search"].results]


def what_others_search_for(client, n=200):
    """The suggestions an anonymous visitor sees on a zero-results page."""
    response = client.get("/api/search/", {"q": "qqqqzzzz"}, REMOTE_ADDR=address(n))
    assert response.json()["count"] == 0
    return response.json()["popular"]


@pytest.fixture
def secret_page(corpus):
    page = factories.StandardPageFactory(
        parent=corpus["about"], title="Merger of the shared services"
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=[MEMBERS, COMMS_TEAM]))
    return page


def test_a_members_only_find_is_never_suggested_to_others(
    client, member_client, secret_page, settings
):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 1
    assert search_from(member_client, "merger", 1) == [secret_page.title]  # the member found it
    member_client.logout()
    assert "merger" not in what_others_search_for(client)


def test_many_members_finding_it_still_does_not_make_it_public(client, member_client, secret_page):
    for n in range(1, 6):
        search_from(member_client, "merger", n)
    member_client.logout()
    assert "merger" not in what_others_search_for(client)


def test_one_visitor_repeating_a_query_cannot_plant_it(client, corpus):
    # "council" finds public pages, so the insult would otherwise pass as a search that worked.
    for _ in range(4):
        search_from(client, "council idiots", 7)
    assert "council idiots" not in what_others_search_for(client)


def test_a_new_session_each_time_does_not_make_new_visitors(client, corpus):
    for _ in range(4):
        client.cookies.clear()
        search_from(client, "council idiots", 7)
    assert "council idiots" not in what_others_search_for(client)


def test_a_query_that_finds_nothing_is_never_suggested(client, corpus):
    for n in range(1, 6):
        search_from(client, "idiots", n)
    assert "idiots" not in what_others_search_for(client)


def test_a_public_find_by_enough_visitors_is_suggested(client, corpus, settings):
    assert settings.SEARCH_SUGGESTION_MIN_VISITORS == 3
    for n in (1, 2):
        search_from(client, "solar", n)
    assert "solar" not in what_others_search_for(client)
    search_from(client, "solar", 3)
    assert "solar" in what_others_search_for(client)


def test_no_address_is_stored(client, corpus):
    search_from(client, "solar", 42)
    visit = SearchVisitorDay.objects.get()
    assert address(42) not in visit.visitor and "42" not in visit.visitor
    assert len(visit.visitor) == 64  # a keyed hash


def test_the_same_address_hashes_differently_on_another_day(corpus, rf):
    import datetime

    from searchlog.recording import visitor_key

    request = rf.get("/search/", REMOTE_ADDR=address(9))
    today = datetime.date(2026, 3, 1)
    assert visitor_key(request, today) == visitor_key(request, today)
    assert visitor_key(request, today) != visitor_key(request, today + datetime.timedelta(days=1))


def test_comms_suggestions_come_first(client, corpus):
    SuggestedSearch.objects.create(query="community wealth building", sort_order=1)
    SuggestedSearch.objects.create(query="co-operative energy", sort_order=0)
    for n in (1, 2, 3):
        search_from(client, "solar", n)
    assert what_others_search_for(client) == [
        "co-operative energy",
        "community wealth building",
        "solar",
    ]
    html = client.get("/search/", {"q": "qqqqzzzz"}).content.decode()
    assert "What others search for" in html
    assert 'href="?q=co-operative%20energy"' in html


def test_comms_edit_the_suggestions_in_the_admin(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_searchlog_suggestedsearch:add"),
        {"query": "housing co-operatives", "sort_order": "0"},
    )
    assert response.status_code == 302
    assert SuggestedSearch.objects.get().query == "housing co-operatives"
    listing = admin_client.get(reverse("wagtailsnippets_searchlog_suggestedsearch:list"))
    assert "housing co-operatives" in listing.content.decode()
