from datetime import timedelta

from django.utils import timezone

from core.page_cache import generation

from .choices import ApplicationStatus
from .models import Application, FundingRound

CLOCK_MARGIN = timedelta(days=1)


def rounds_for_applicants(now=None):
    """The rounds the /apply/ page shows: those open now and those still to open."""
    now = now or timezone.now()
    return {
        "open_rounds": list(FundingRound.objects.open(now).order_by("closes_at")),
        "upcoming_rounds": list(FundingRound.objects.upcoming(now).order_by("opens_at")),
    }


def rounds_not_closed_by(moment):
    return list(FundingRound.objects.filter(closes_at__gt=moment).order_by("closes_at", "pk"))


def funding_call(now=None):
    """What the call to apply says today: the open round closing first, else the next round to
    open, else neither (no round is open and none is announced).

    The home page and the labs index show it on every request, so the rounds it chooses from
    are kept until the content changes (saving a round renews the generation). Those kept are
    the rounds that had not closed a day before they were read: any round open or still to open
    now is among them, even read on a server whose clock is a little behind."""
    now = now or timezone.now()
    rounds = generation.cached(
        "funding-call-rounds", lambda: rounds_not_closed_by(timezone.now() - CLOCK_MARGIN)
    )
    open_rounds = [round_ for round_ in rounds if round_.is_open_at(now)]
    if open_rounds:
        return {"open_round": open_rounds[0], "next_round": None}
    upcoming = [round_ for round_ in rounds if round_.is_upcoming_at(now)]
    return {
        "open_round": None,
        "next_round": min(upcoming, key=lambda round_: round_.opens_at, default=None),
    }


def awaiting_review():
    """Applications comms still have to decide on: submitted or shortlisted, oldest first."""
    return (
        Application.objects.filter(
            status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED]
        )
        .select_related("funding_round", "lead_member")
        .order_by("submitted_at")
    )
