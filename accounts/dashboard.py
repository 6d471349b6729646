"""The rows of the comms dashboard panel about pages (core.dashboard)."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from core.dashboard import LISTED, DashboardRow


def pages_awaiting_approval_row():
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
    )
    count = states.count()
    recent = list(states.order_by("-created_at").values_list("object_id", flat=True)[:LISTED])
    pages = Page.objects.filter(pk__in=[int(pk) for pk in recent]).in_bulk()
    items = [
        (pages[int(pk)].get_admin_display_title(), reverse("wagtailadmin_pages:edit", args=[pk]))
        for pk in recent
        if int(pk) in pages
    ]
    return DashboardRow(
        label="Pages awaiting approval",
        count=count,
        url=reverse("wagtailadmin_reports:workflow"),
        link_text="See the workflows report",
        items=items,
    )
