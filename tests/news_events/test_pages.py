"""News items and events: their pages, listings and filters, the home page's "What's next" and
"What's new", members' profiles, sharing (schema.org) and search."""

import datetime
import html as html_lib
import json
import re
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.search_facts import type_labels
from hubevents.choices import Attendance
from hubevents.models import EventPage
from hubevents.selectors import soonest_first, soonest_first_keys
from hubevents.timing import describe_when
from search.service import run_search
from tests import factories


def get(url, client=None):
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def titles_in_order(html, candidates):
    """The candidate titles in the order the page shows them."""
    found = [(html.find(f">{title}<"), title) for title in candidates]
    return [title for position, title in sorted(found) if position >= 0]


def structured_data(html):
    scripts = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(scripts[0])


def test_news_index_lists_newest_first_with_dates_and_lead_member(calendar, news_index):
    html = get(news_index.url)
    assert titles_in_order(
        html, ["Case study booklet published", "Co-operative Governance lab funded"]
    ) == [
        "Co-operative Governance lab funded",
        "Case study booklet published",
    ]
    assert "14 March 2024" in html and "Rochdale Borough Council" in html
    assert "2 news items" in html


def test_news_filters_by_year_member_region_and_theme(calendar, news_index, lead, partner):
    assert "Case study booklet" not in get(f"{news_index.url}?year=2024")
    by_partner = get(f"{news_index.url}?member={partner.slug}")
    assert "Case study booklet published" in by_partner
    assert "Co-operative Governance lab funded" not in by_partner
    by_region = get(f"{news_index.url}?region=north-west")
    assert "Co-operative Governance lab funded" in by_region
    assert "Case study booklet published" not in by_region
    assert "Case study booklet" not in get(f"{news_index.url}?theme=housing")
    # A value that is not a choice is dropped: the whole listing, as for every index.
    assert "2 news items" in get(f"{news_index.url}?year=1850&member=nobody")


def test_events_index_shows_what_is_to_come_soonest_first_then_what_is_over(calendar, event_index):
    html = get(event_index.url)
    assert titles_in_order(
        html,
        ["Network conference in Sunderland", "Governance learning session", "Policy lab showcase"],
    ) == ["Governance learning session", "Policy lab showcase", "Network conference in Sunderland"]


def test_events_index_order_follows_the_clock_with_no_change_to_the_content(calendar, event_index):
    """The order is kept for the content generation, but what is to come is decided at each
    request: a week on, the learning session is over and listed with what is past."""
    candidates = [
        "Network conference in Sunderland",
        "Governance learning session",
        "Policy lab showcase",
    ]
    get(event_index.url)  # keeps the order's rows
    a_week_on = timezone.now() + datetime.timedelta(days=8)
    with mock.patch("django.utils.timezone.now", return_value=a_week_on):
        html = get(event_index.url)
    assert titles_in_order(html, candidates) == [
        "Policy lab showcase",
        "Governance learning session",
        "Network conference in Sunderland",
    ]


@pytest.mark.parametrize("days", [-61, -59.5, 0, 7.05, 8, 40.2, 41])
def test_soonest_first_keys_agree_with_the_database_order(calendar, event_index, days):
    events = EventPage.objects.child_of(event_index).live()
    moment = timezone.now() + datetime.timedelta(days=days)
    rows = list(
        events.order_by("-starts_at", "title", "pk").values_list("pk", "starts_at", "ends_at")
    )
    with mock.patch("django.utils.timezone.now", return_value=moment):
        in_database = list(soonest_first(events).values_list("pk", flat=True))
    assert soonest_first_keys(rows, moment) == in_database


def test_events_filter_upcoming_past_and_attendance(calendar, event_index):
    upcoming = get(f"{event_index.url}?when=upcoming")
    assert "Governance learning session" in upcoming and "Policy lab showcase" in upcoming
    assert "Network conference in Sunderland" not in upcoming
    past = get(f"{event_index.url}?when=past")
    assert "Network conference in Sunderland" in past
    assert "Governance learning session" not in past
    online = get(f"{event_index.url}?attendance=online")
    assert "Governance learning session" in online and "Policy lab showcase" not in online
    # The form offers the choices that narrow the listing.
    assert 'name="when"' in get(event_index.url)


def test_an_event_with_no_end_is_past_once_it_has_started(event_index):
    started = factories.EventPageFactory(
        parent=event_index,
        title="Started an hour ago",
        starts_at=timezone.now() - datetime.timedelta(hours=1),
        ends_at=None,
    )
    assert started.is_past
    assert "Started an hour ago" in get(f"{event_index.url}?when=past")


def test_event_page_says_when_where_and_how_to_book(calendar):
    soon = calendar["soon_event"]
    html = get(soon.url)
    assert describe_when(soon.starts_at, soon.ends_at) in html
    assert 'href="https://example.org/book"' in html and "Book a place" in html
    assert "Hosted by" in html and "Rochdale Borough Council" in html
    past_html = get(calendar["past_event"].url)
    assert "This event has taken place" in past_html
    assert "Book a place" not in past_html
    assert "Sunderland City Hall" in past_html and "SR1 3AA" in past_html


def test_describe_when_names_both_days_of_an_event_over_several_days():
    starts = datetime.datetime(2024, 11, 20, 10, 0, tzinfo=datetime.UTC)
    assert describe_when(starts) == "Wednesday 20 November 2024, 10:00"
    assert (
        describe_when(starts, starts + datetime.timedelta(hours=2))
        == "Wednesday 20 November 2024, 10:00 to 12:00"
    )
    assert (
        describe_when(starts, starts + datetime.timedelta(days=1, hours=6))
        == "Wednesday 20 November 2024, 10:00 to Thursday 21 November 2024, 16:00"
    )


def test_an_event_needs_a_venue_unless_online_and_cannot_end_before_it_starts(event_index):
    event = factories.EventPageFactory.build(
        title="Meet-up", slug="meet-up", attendance=Attendance.IN_PERSON, venue=""
    )
    event.ends_at = event.starts_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) >= {"venue", "ends_at"}


def test_news_is_an_article_and_an_event_is_an_event(calendar):
    news = structured_data(get(calendar["new_news"].url))
    assert news["@type"] == "Article"
    assert news["datePublished"].startswith("2024-03-14")
    assert news["author"] == {"@type": "Organization", "name": "Rochdale Borough Council"}
    hybrid = structured_data(get(calendar["later_event"].url))
    assert hybrid["@type"] == "Event"
    assert hybrid["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {place["@type"] for place in hybrid["location"]} == {"Place", "VirtualLocation"}
    assert hybrid["startDate"] == calendar["later_event"].starts_at.isoformat()
    online = structured_data(get(calendar["soon_event"].url))
    assert online["location"] == {"@type": "VirtualLocation", "url": "https://example.org/book"}
    assert online["offers"]["url"] == "https://example.org/book"
    assert online["organizer"]["name"] == "Rochdale Borough Council"
    in_person = structured_data(get(calendar["past_event"].url))
    assert in_person["location"]["address"] == "Plater Way Sunderland SR1 3AA"


def test_home_page_shows_whats_next_and_whats_new(calendar, home_page):
    html = get(home_page.url)
    next_section = html.split('id="next-heading"')[1].split("</section>")[0]
    assert titles_in_order(
        next_section, ["Policy lab showcase", "Governance learning session"]
    ) == [
        "Governance learning session",
        "Policy lab showcase",
    ]
    assert "Network conference in Sunderland" not in next_section
    new_section = html.split('id="new-heading"')[1].split("</section>")[0]
    assert titles_in_order(
        new_section, ["Case study booklet published", "Co-operative Governance lab funded"]
    ) == ["Co-operative Governance lab funded", "Case study booklet published"]
    assert "?when=upcoming" in next_section


def test_member_profile_lists_its_news_and_events(calendar, lead, partner):
    html = get(lead.url)
    news = html.split('id="news-heading"')[1].split("</section>")[0]
    assert "Co-operative Governance lab funded" in news
    assert "Case study booklet published" not in news
    events = html.split('id="events-heading"')[1].split("</section>")[0]
    # As lead and as another member involved; what is still to come first.
    assert titles_in_order(
        events,
        ["Network conference in Sunderland", "Governance learning session", "Policy lab showcase"],
    ) == ["Governance learning session", "Policy lab showcase"]
    partner_events = get(partner.url).split('id="events-heading"')[1].split("</section>")[0]
    assert titles_in_order(
        partner_events, ["Network conference in Sunderland", "Policy lab showcase"]
    ) == ["Policy lab showcase", "Network conference in Sunderland"]


def test_members_only_news_is_locked_in_listings(calendar, news_index, home_page):
    group = Group.objects.get_or_create(name="Members")[0]
    restriction = PageViewRestriction.objects.create(
        page=calendar["new_news"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    html = get(news_index.url)
    assert 'Co-operative Governance lab funded<span class="visually-hidden"> (members only)' in html
    assert "Members only" in get(home_page.url).split('id="new-heading"')[1]


def test_news_and_events_are_found_by_search_under_their_own_types(calendar):
    labels = type_labels()
    assert labels["news"] == "News" and labels["event"] == "Event"
    assert list(labels) == [
        "case_study",
        "toolkit",
        "lab",
        "member",
        "news",
        "event",
        "page",
        "document",
    ]
    results = run_search({"q": "showcase"}, None)
    assert [result.title for result in results.results] == ["Policy lab showcase"]
    assert results.results[0].type_label == "Event"
    news = run_search({"q": "booklet", "type": "news"}, None)
    assert [result.title for result in news.results] == ["Case study booklet published"]
    # Found by its members, and counted under them in the member facet.
    by_member = run_search({"q": "Governance", "member": "rochdale-borough-council"}, None)
    assert {result.title for result in by_member.results} >= {
        "Co-operative Governance lab funded",
        "Governance learning session",
    }


def test_year_facet_of_an_event_is_the_year_it_takes_place(event_index):
    event = factories.EventPageFactory(
        parent=event_index,
        starts_at=datetime.datetime(2021, 6, 1, 9, tzinfo=datetime.UTC),
        ends_at=None,
    )
    assert event.search_facts().year == 2021


def test_meta_description_of_an_event_is_its_summary(calendar):
    html = get(calendar["soon_event"].url)
    found = re.findall(r'<meta name="description" content="([^"]*)">', html)
    assert html_lib.unescape(found[0]) == "Members meet to share what works."
