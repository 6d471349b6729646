"""The comms dashboard panel's row about funding applications (core.dashboard)."""

from core.dashboard import LISTED, DashboardRow, admin_url

from .models import Application
from .selectors import awaiting_review


def applications_row():
    awaiting = awaiting_review()
    items = []
    for application in awaiting[:LISTED]:
        url = admin_url(Application, "inspect", application.pk) or admin_url(
            Application, "edit", application.pk
        )
        if url:
            items.append((str(application), url))
    return DashboardRow(
        label="Applications awaiting review",
        count=awaiting.count(),
        url=admin_url(Application, "index"),
        link_text="Review applications",
        items=items,
    )
