"""The emails a submission sends: a copy to the applicant, a notice to the comms team."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

logger = logging.getLogger(__name__)


def admin_url(application):
    path = reverse("funding_applications:inspect", args=[application.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(subject, template, context, recipient):
    try:
        send_mail(
            subject,
            render_to_string(template, context),
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
        )
    except Exception:
        # The application is saved whatever happens to the mail server; comms see it in the
        # admin, so a failed email is logged rather than shown to the applicant as an error.
        logger.exception("Could not send %s for application %s", template, context["reference"])
        return False
    return True


def send_submission_emails(application, to_applicant=True):
    """Send comms their notice and, unless `to_applicant` is False, the applicant their copy.

    Returns whether the applicant's copy was sent.
    """
    context = {
        "application": application,
        "reference": application.reference,
        "funding_round": application.funding_round,
        "admin_url": admin_url(application),
    }
    sent_to_applicant = to_applicant and _send(
        f"Your funding application {application.reference}",
        "applications/emails/application_confirmation.txt",
        context,
        application.contact_email,
    )
    if not to_applicant:
        logger.warning(
            "No copy of application %s sent: its address had its confirmations this hour",
            application.reference,
        )
    _send(
        f"New funding application {application.reference}: {application.project_title}",
        "applications/emails/application_notification.txt",
        context,
        settings.COMMS_EMAIL,
    )
    return sent_to_applicant
