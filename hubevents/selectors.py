from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone

from core.listing import (
    ListingFilterForm,
    lead_member_cards,
    option_choice,
    set_year_choices,
    slug_choice,
    year_choice,
    years_of,
)
from core.models import Principle, Region, Theme
from members.models import MemberPage

from .choices import Attendance
from .choices import When as WhenChoice
from .models import EventPage


def still_to_come():
    """Events that have not finished: their end (or, without one, their start) is ahead."""
    now = timezone.now()
    return Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now)


def soonest_first(queryset):
    """What is still to come, soonest first, then what is over, latest first.

    The time is in the ordering alone (not an annotation), so what is counted of the items,
    unordered, is asked the same way at any time and kept for the content generation."""
    to_come = still_to_come()
    return queryset.order_by(
        Case(When(to_come, then=Value(0)), default=Value(1), output_field=IntegerField()),
        Case(When(to_come, then="starts_at")).asc(nulls_last=True),
        F("starts_at").desc(),
        "title",
        "pk",
    )


def soonest_first_keys(rows, now):
    """The keys of `rows` (key, starts, ends), latest first, in `soonest_first`'s order at
    `now`: worked out from rows kept for the content generation, as the time moves on."""

    def to_come(row):
        _, starts_at, ends_at = row
        return (ends_at if ends_at is not None else starts_at) >= now

    still_to_come = sorted((row for row in rows if to_come(row)), key=lambda row: row[1])
    over = [row for row in rows if not to_come(row)]
    return [row[0] for row in still_to_come + over]


def upcoming(queryset):
    return queryset.filter(still_to_come())


def by_when(queryset, value):
    if value == WhenChoice.UPCOMING:
        return upcoming(queryset)
    return queryset.exclude(still_to_come())


class EventFilterForm(ListingFilterForm):
    when = option_choice(WhenChoice.choices)
    attendance = option_choice(Attendance.choices, "How people attend")
    theme = slug_choice(Theme.objects.all(), "Theme")
    principle = slug_choice(Principle.objects.all(), "Principle")
    region = slug_choice(Region.objects.all(), "Region")
    member = slug_choice(
        MemberPage.objects.live().order_by("title").only("title", "slug"), "Member"
    )
    year = year_choice()

    lookups = {
        "when": by_when,
        "attendance": "attendance",
        "theme": "themes",
        "principle": "principles",
        "region": "lead_member__region",
        "member": EventPage.involving,
        "year": "starts_at__year",
    }
    option_paths = {"member": EventPage.involving_paths}

    # What is to come comes first, so the order depends on the time: what is kept is every
    # event's times, latest first (ties by title, in the database's own collation, then key),
    # and the order is worked out from them at each request.
    def order_rows(self, queryset):
        return queryset.order_by("-starts_at", "title", "pk").values_list(
            "pk", "starts_at", "ends_at"
        )

    def keys_in_order(self, rows):
        return soonest_first_keys(rows, timezone.now())


def event_cards(queryset, user):
    return lead_member_cards(queryset, user)


def event_listing_source(index_page, request):
    events = EventPage.objects.child_of(index_page).live()
    form = EventFilterForm(request.GET)
    set_year_choices(form, "year", years_of(events, "starts_at"))
    return soonest_first(event_cards(events, request.user)), form


def upcoming_events(user, count):
    return soonest_first(upcoming(event_cards(EventPage.objects.all(), user)))[:count]


def events_involving(member, user):
    return soonest_first(EventPage.involving(event_cards(EventPage.objects.all(), user), member))


def event_related(event, user):
    return {
        "involved_members": event.live_other_members(),
        "more_events": soonest_first(
            upcoming(event_cards(EventPage.objects.sibling_of(event, inclusive=False), user))
        )[:3],
    }
