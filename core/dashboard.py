"""The comms team's dashboard panel: work waiting for them, one row per kind of work.

Each app that holds such work contributes its row through the `comms_dashboard_rows` hook: a
function of no arguments returning a `DashboardRow` (or None), registered with an `order`.
"""

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from wagtail import hooks
from wagtail.admin.viewsets import viewsets

LISTED = 5  # how many items each row names under its count


@dataclass
class DashboardRow:
    label: str
    count: int
    url: str | None
    link_text: str
    items: list = field(default_factory=list)  # (title, url) pairs


def admin_url(model, view_name, *args):
    """A URL of whichever admin viewset manages `model`, or None."""
    viewset = next((v for v in viewsets.viewsets if getattr(v, "model", None) is model), None)
    if viewset is None:
        return None
    try:
        return reverse(viewset.get_url_name(view_name), args=args)
    except NoReverseMatch:
        return None


def comms_dashboard_rows():
    rows = (contribute() for contribute in hooks.get_hooks("comms_dashboard_rows"))
    return [row for row in rows if row is not None]
