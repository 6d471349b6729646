"""The email a message sends: to comms, with the sender's address to reply to."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from core.models import SiteChrome

logger = logging.getLogger(__name__)


def comms_address(request):
    """Where messages go: the contact email comms set under Navigation and footer, else
    COMMS_EMAIL."""
    return SiteChrome.for_request(request).contact_email or settings.COMMS_EMAIL


def send_message(request, form):
    """Email comms what the form holds; False when the mail server would not take it."""
    data = form.cleaned_data
    context = {**data, "topic_label": form.topic_label()}
    email = EmailMessage(
        subject=f"Contact form: {form.topic_label()} from {data['name']}",
        body=render_to_string("contact/emails/message.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[comms_address(request)],
        reply_to=[data["email"]],
    )
    try:
        email.send()
    except Exception:
        logger.exception("Could not send a contact form message")
        return False
    return True
