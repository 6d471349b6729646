from django.utils import timezone

from .choices import ApplicationStatus
from .models import Application, FundingRound


def rounds_for_applicants(now=None):
    """The rounds the /apply/ page shows: those open now and those still to open."""
    now = now or timezone.now()
    return {
        "open_rounds": list(FundingRound.objects.open(now).order_by("closes_at")),
        "upcoming_rounds": list(FundingRound.objects.upcoming(now).order_by("opens_at")),
    }


def funding_call(now=None):
    """What the call to apply says today: the open round closing first, else the next round to
    open, else neither (no round is open and none is announced)."""
    now = now or timezone.now()
    open_round = FundingRound.objects.open(now).order_by("closes_at").first()
    if open_round:
        return {"open_round": open_round, "next_round": None}
    return {
        "open_round": None,
        "next_round": FundingRound.objects.upcoming(now).order_by("opens_at").first(),
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
