"""Retention: declined applications lose the applicant's personal details after a set time.

After settings.APPLICATION_RETENTION_DAYS days from the decision to decline, everything that
names or could name a person is cleared: the contact's name, job title, telephone and email, and
the free-text answers (and comms' comments in the status history), where applicants and reviewers
write about people. What the network counts stays: the round, the lead organisation and partner
organisations, the project title, the amount, the principles, the status and every date. The
clearing is recorded as a step of the application's status history and logged, and is done once:
an anonymised application is never picked again.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from .choices import ApplicationStatus
from .models import Application, ApplicationStatusChange

logger = logging.getLogger(__name__)

# Fields holding the applicant's personal details or free text that may name people, with the
# value each is cleared to.
PERSONAL_FIELDS = {
    "contact_name": "",
    "contact_job_title": "",
    "contact_phone": "",
    "contact_email": "",
    "summary": "",
    "idea_and_budget": "",
    "budget_breakdown": "",
    "outcomes": "",
    "network_aims": "",
    "values_and_principles": "",
    "sharing_learning": "",
}


def retention_cutoff(now=None, days=None):
    """Applications declined before this moment are due."""
    days = settings.APPLICATION_RETENTION_DAYS if days is None else days
    return (now or timezone.now()) - datetime.timedelta(days=days)


def due_for_anonymisation(now=None, days=None):
    """Declined, not yet anonymised, and declined (or, without a recorded decision, submitted)
    longer ago than the retention period."""
    cutoff = retention_cutoff(now, days)
    declined = Application.objects.filter(
        status=ApplicationStatus.DECLINED, anonymised_at__isnull=True
    ).annotate(
        declined_at=Max(
            "status_changes__changed_at",
            filter=Q(status_changes__to_status=ApplicationStatus.DECLINED),
        )
    )
    return declined.filter(
        Q(declined_at__lt=cutoff) | Q(declined_at__isnull=True, submitted_at__lt=cutoff)
    ).order_by("submitted_at", "pk")


def anonymise(application, now=None, days=None):
    """Clear the application's personal details and record it; returns the history entry."""
    now = now or timezone.now()
    days = settings.APPLICATION_RETENTION_DAYS if days is None else days
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.anonymised_at or locked.status != ApplicationStatus.DECLINED:
            return None
        for field, value in PERSONAL_FIELDS.items():
            setattr(locked, field, value)
        locked.anonymised_at = now
        locked.save(update_fields=[*PERSONAL_FIELDS, "anonymised_at"])
        locked.status_changes.update(comment="")
        change = ApplicationStatusChange.objects.create(
            application=locked,
            from_status=locked.status,
            to_status=locked.status,
            comment=(
                f"Personal details removed: declined more than {days} days ago (retention policy)."
            ),
            changed_at=now,
        )
    logger.info(
        "Anonymised declined application %s (id %s) under the %s-day retention policy.",
        locked.reference,
        locked.pk,
        days,
    )
    return change
