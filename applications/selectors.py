from django.utils import timezone

from .models import FundingRound


def rounds_for_applicants(now=None):
    """The rounds the /apply/ page shows: those open now and those still to open."""
    now = now or timezone.now()
    return {
        "open_rounds": list(FundingRound.objects.open(now).order_by("closes_at")),
        "upcoming_rounds": list(FundingRound.objects.upcoming(now).order_by("opens_at")),
    }
