"""Telling people they lead a lab: an email when they are made a lead, and their dashboard panel.

Someone becomes a lead by joining the lab's lead group, whichever way that happens (the lab's
*Manage lab leads* screen, the user editor's groups, a script), so the email follows the group
membership itself rather than any one screen.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from .models import PolicyLabPage

logger = logging.getLogger(__name__)


def admin_address(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_new_lead_email(user, lab):
    """Tell `user` they now lead `lab`, with a link to it in the admin; False if not sent."""
    if not user.email:
        logger.warning("No email for new lab lead %s of %s: the account has no address", user, lab)
        return False
    context = {
        "name": user.get_short_name() or user.get_full_name() or user.get_username(),
        "lab": lab,
        "edit_url": admin_address(reverse("wagtailadmin_pages:edit", args=[lab.pk])),
        "dashboard_url": admin_address(reverse("wagtailadmin_home")),
    }
    try:
        send_mail(
            f"You now lead {lab.title} on the CCIN Hub",
            render_to_string("labs/emails/new_lead.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
    except Exception:
        logger.exception("Could not tell %s they lead %s", user, lab)
        return False
    return True


def labs_led_by(user):
    """The labs whose lead group the user is in, by title."""
    return PolicyLabPage.objects.filter(lead_group__in=user.groups.all()).order_by("title")


def your_labs(user):
    """What a lead's dashboard says of each lab they lead: where it stands and where to go."""
    return [
        {
            "title": lab.get_admin_display_title(),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[lab.pk]),
            "live_url": lab.url if lab.live else "",
            "state": lab_state(lab),
        }
        for lab in labs_led_by(user)
    ]


def lab_state(lab):
    if lab.workflow_in_progress:
        return "Waiting for the comms team to approve your changes"
    if lab.has_unpublished_changes:
        return "Draft changes not yet sent to the comms team" if lab.live else "Draft"
    return "Published" if lab.live else "Not published"
