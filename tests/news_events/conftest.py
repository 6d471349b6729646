import datetime

import pytest
from django.utils import timezone

from core.models import Region
from hubevents.choices import Attendance
from tests import factories


@pytest.fixture
def region(db):
    return Region.objects.get_or_create(slug="north-west", defaults={"name": "North West"})[0]


@pytest.fixture
def housing(db):
    return factories.ThemeFactory(name="Housing", slug="housing")


@pytest.fixture
def lead(member_index, region):
    return factories.MemberPageFactory(
        parent=member_index, title="Rochdale Borough Council", region=region
    )


@pytest.fixture
def partner(member_index):
    return factories.MemberPageFactory(parent=member_index, title="Sunderland City Council")


def days_from_now(days, hour=10):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def calendar(news_index, event_index, lead, partner, housing):
    """Two news items and three events (one over, two to come) involving the two members."""
    return {
        "old_news": factories.NewsPageFactory(
            parent=news_index,
            title="Case study booklet published",
            date=datetime.date(2020, 5, 1),
            lead_member=None,
            involved_members=[partner],
        ),
        "new_news": factories.NewsPageFactory(
            parent=news_index,
            title="Co-operative Governance lab funded",
            date=datetime.date(2024, 3, 14),
            lead_member=lead,
            themes=[housing],
        ),
        "past_event": factories.EventPageFactory(
            parent=event_index,
            title="Network conference in Sunderland",
            starts_at=days_from_now(-60),
            ends_at=days_from_now(-59, hour=16),
            attendance=Attendance.IN_PERSON,
            venue="Sunderland City Hall",
            address="Plater Way\nSunderland\nSR1 3AA",
            lead_member=partner,
        ),
        "soon_event": factories.EventPageFactory(
            parent=event_index,
            title="Governance learning session",
            starts_at=days_from_now(7),
            ends_at=days_from_now(7, hour=12),
            attendance=Attendance.ONLINE,
            booking_url="https://example.org/book",
            lead_member=lead,
            themes=[housing],
        ),
        "later_event": factories.EventPageFactory(
            parent=event_index,
            title="Policy lab showcase",
            starts_at=days_from_now(40),
            ends_at=days_from_now(40, hour=16),
            attendance=Attendance.HYBRID,
            venue="Number One Riverside, Rochdale",
            involved_members=[lead, partner],
        ),
    }
