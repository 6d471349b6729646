"""The call to apply for funding: findable from every page, and truthful about whether a round
is open."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import timezone

from applications.selectors import funding_call
from core.templatetags.hub_tags import closing_time, opening_time
from tests.factories import FundingRoundFactory

LONDON = ZoneInfo("Europe/London")
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


def html_of(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("where", ["home_page", "lab_index"])
def test_an_open_round_is_offered_with_its_closing_time(request, where):
    page = request.getfixturevalue(where)
    funding_round = FundingRoundFactory(
        title="Policy labs 2026", closes_at=datetime.datetime(2099, 3, 14, 17, 0, tzinfo=LONDON)
    )
    FundingRoundFactory(title="Prototypes 2099", upcoming=True)
    html = html_of(page)
    assert "<strong>Applications are open</strong> for Policy labs 2026" in html
    assert "until they close on 14 March 2099 at 17:00." in html
    assert (
        f'<a class="button" href="{funding_round.get_absolute_url()}">Apply for funding'
        '<span class="visually-hidden">: Policy labs 2026</span></a>' in html
    )


@pytest.mark.parametrize("where", ["home_page", "lab_index"])
def test_without_an_open_round_the_call_says_applications_are_closed(request, where):
    page = request.getfixturevalue(where)
    FundingRoundFactory(closed=True)
    html = html_of(page)
    assert "<strong>Applications are closed</strong>: no funding round is open" in html
    assert "Apply for funding<" not in html
    assert '<a href="/apply/">How funding rounds work</a>' in html


def test_the_next_round_is_announced_while_applications_are_closed(home_page):
    FundingRoundFactory(
        title="Prototypes 2099",
        opens_at=datetime.datetime(2099, 5, 1, 0, 0, tzinfo=LONDON),
        closes_at=datetime.datetime(2099, 6, 1, 0, 0, tzinfo=LONDON),
    )
    html = html_of(home_page)
    assert "The next, Prototypes 2099, opens on 1 May 2099." in html


def test_every_page_links_to_the_funding_application(home_page, member_index):
    for url in (home_page.url, member_index.url, "/search/", "/account/login/"):
        html = Client().get(url).content.decode()
        footer = html.split('<footer class="site-footer">')[1]
        assert '<a href="/apply/">Apply for policy lab funding</a>' in footer


@pytest.mark.django_db
def test_the_call_follows_the_clock_between_changes_to_the_rounds(django_assert_num_queries):
    """The rounds are kept until one is saved; whether one is open is decided at each request."""
    now = timezone.now()
    FundingRoundFactory(closed=True)
    opening = FundingRoundFactory(title="Prototypes", opens_at=now + HOUR, closes_at=now + 30 * DAY)
    closing = FundingRoundFactory(title="Policy labs", opens_at=now - DAY, closes_at=now + HOUR)
    assert funding_call(now) == {"open_round": closing, "next_round": None}
    with django_assert_num_queries(0):
        assert funding_call(now + 2 * HOUR) == {"open_round": opening, "next_round": None}
        assert funding_call(now + 31 * DAY) == {"open_round": None, "next_round": None}


@pytest.mark.parametrize(
    "moment, expected",
    [
        # Midnight is the end of the day before, not a time on the day after.
        (
            datetime.datetime(2099, 3, 15, 0, 0, tzinfo=LONDON),
            "at midnight at the end of 14 March 2099",
        ),
        (datetime.datetime(2099, 3, 14, 17, 0, tzinfo=LONDON), "on 14 March 2099 at 17:00"),
        # Shown in UK time, whatever zone it was stored in (British Summer Time here).
        (
            datetime.datetime(2099, 7, 1, 23, 0, tzinfo=datetime.UTC),
            "at midnight at the end of 1 July 2099",
        ),
        (None, ""),
    ],
)
def test_closing_time(moment, expected):
    assert closing_time(moment) == expected


def test_opening_time():
    assert opening_time(datetime.datetime(2099, 5, 1, 0, 0, tzinfo=LONDON)) == "on 1 May 2099"
    assert opening_time(datetime.datetime(2099, 5, 1, 9, 30, tzinfo=LONDON)) == (
        "on 1 May 2099 at 09:30"
    )
