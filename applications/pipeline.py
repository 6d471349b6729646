"""The review pipeline: which status may follow which, and recording each change.

submitted → shortlisted or declined; shortlisted → funded or declined.
Declined is final unless comms reopen it, which sends it back to submitted.
Funded can be taken back to shortlisted (an award made by mistake) only until a lab page has
been created from it; after that it is final. A declined application whose personal details the
retention policy has removed (applications/retention.py) cannot be reopened.
"""

from django.db import transaction
from django.utils import timezone

from .choices import ApplicationStatus as Status
from .models import ApplicationStatusChange

TRANSITIONS = {
    Status.SUBMITTED: (Status.SHORTLISTED, Status.DECLINED),
    Status.SHORTLISTED: (Status.FUNDED, Status.DECLINED),
    Status.DECLINED: (Status.SUBMITTED,),
    Status.FUNDED: (Status.SHORTLISTED,),
}


class TransitionNotAllowed(Exception):
    pass


def allowed_next_statuses(application):
    options = TRANSITIONS.get(application.status, ())
    if application.status == Status.FUNDED and application.created_lab_id:
        return ()
    if application.anonymised_at:
        return ()
    return options


def change_status(application, to_status, user=None, comment=""):
    """Move the application to `to_status`, recording the step; refuses anything else."""
    if to_status not in allowed_next_statuses(application):
        raise TransitionNotAllowed(
            f"An application that is {application.get_status_display().lower()} "
            f"cannot be moved to {Status(to_status).label.lower()}."
            if to_status in Status.values
            else f"{to_status!r} is not a status."
        )
    with transaction.atomic():
        change = ApplicationStatusChange.objects.create(
            application=application,
            from_status=application.status,
            to_status=to_status,
            comment=comment.strip(),
            changed_by=user,
            changed_at=timezone.now(),
        )
        application.status = to_status
        application.save(update_fields=["status"])
    return change


def record_submission(application):
    """The first entry of every application's history."""
    return ApplicationStatusChange.objects.create(
        application=application,
        from_status="",
        to_status=Status.SUBMITTED,
        comment="Submitted through the website.",
        changed_at=application.submitted_at,
    )
