"""Declined applications lose the applicant's personal details after the retention period."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from applications.choices import ApplicationStatus as Status
from applications.models import Application
from applications.pipeline import allowed_next_statuses, change_status
from applications.retention import PERSONAL_FIELDS, due_for_anonymisation
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

DAYS = datetime.timedelta(days=1)


def declined(admin_user, days_ago, **fields):
    """An application declined `days_ago` days ago, with a comment naming someone."""
    application = ApplicationFactory(submitted_at=timezone.now() - (days_ago + 30) * DAYS, **fields)
    change = change_status(
        application, Status.DECLINED, user=admin_user, comment="Spoke to Helen Chicot."
    )
    change.changed_at = timezone.now() - days_ago * DAYS
    change.save()
    return application


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("anonymise_applications", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def retention(settings):
    settings.APPLICATION_RETENTION_DAYS = 365
    return settings


def test_old_declined_application_loses_personal_details_and_keeps_facts(
    retention, admin_user, principles, caplog
):
    application = declined(admin_user, 400, budget_breakdown="Paid to Jo Bloggs")
    application.principles.set(principles)
    before = Application.objects.get(pk=application.pk)

    with caplog.at_level(logging.INFO, logger="applications.retention"):
        output = run()

    application.refresh_from_db()
    for field, cleared in PERSONAL_FIELDS.items():
        assert getattr(application, field) == cleared, field
    assert "Helen" not in str(application.__dict__)
    # The facts kept for statistics.
    for field in (
        "reference",
        "funding_round_id",
        "lead_organisation_name",
        "other_partners",
        "project_title",
        "amount_requested",
        "status",
        "submitted_at",
    ):
        assert getattr(application, field) == getattr(before, field), field
    assert list(application.principles.all()) == principles
    assert application.anonymised_at is not None
    # Recorded in the history, and no comment there still names anyone.
    changes = list(application.status_changes.all())
    assert [change.to_status for change in changes] == [Status.DECLINED, Status.DECLINED]
    assert "retention policy" in changes[-1].comment
    assert changes[-1].actor == "The hub"
    assert all("Helen" not in change.comment for change in changes)
    # Logged, one line per application.
    assert application.reference in output
    assert [r.getMessage() for r in caplog.records if application.reference in r.getMessage()]


def test_recent_and_other_statuses_are_left_alone(retention, admin_user):
    recent = declined(admin_user, 300)
    submitted = ApplicationFactory(submitted_at=timezone.now() - 800 * DAYS)
    funded = ApplicationFactory(status=Status.FUNDED, submitted_at=timezone.now() - 800 * DAYS)
    # Declined long after it was submitted: the period runs from the decision.
    late = declined(admin_user, 10)
    late.submitted_at = timezone.now() - 900 * DAYS
    late.save()

    run()

    for application in (recent, submitted, funded, late):
        application.refresh_from_db()
        assert application.contact_email == "helen@example.org"
        assert application.anonymised_at is None


def test_dry_run_changes_nothing(retention, admin_user):
    application = declined(admin_user, 400)
    output = run("--dry-run")
    application.refresh_from_db()
    assert application.contact_name == "Helen Chicot"
    assert application.anonymised_at is None
    assert f"Would anonymise {application.reference}" in output


def test_running_again_changes_nothing(retention, admin_user):
    application = declined(admin_user, 400)
    run()
    application.refresh_from_db()
    first = (application.anonymised_at, application.status_changes.count())
    output = run()
    application.refresh_from_db()
    assert (application.anonymised_at, application.status_changes.count()) == first
    assert application.reference not in output
    assert not due_for_anonymisation().exists()


def test_period_comes_from_the_setting(settings, admin_user):
    application = declined(admin_user, 40)
    settings.APPLICATION_RETENTION_DAYS = 30
    run()
    application.refresh_from_db()
    assert application.anonymised_at is not None


def test_anonymised_application_cannot_be_reopened(retention, admin_user, client):
    application = declined(admin_user, 400)
    run()
    application.refresh_from_db()
    assert allowed_next_statuses(application) == ()
    client.force_login(admin_user)
    response = client.get(reverse("funding_applications:inspect", args=[application.pk]))
    assert response.status_code == 200
    assert "The hub" in response.content.decode()
