"""The comms dashboard panel's row about documents whose text failed (core.dashboard)."""

from django.urls import reverse

from core.dashboard import LISTED, DashboardRow

from .models import ExtractionStatus, HubDocument


def failed_extraction_row():
    failed = HubDocument.objects.filter(extraction_status=ExtractionStatus.FAILED)
    items = [
        (document.title, reverse("wagtaildocs:edit", args=[document.pk]))
        for document in failed.order_by("-created_at").only("pk", "title")[:LISTED]
    ]
    return DashboardRow(
        label="Documents whose text could not be extracted",
        count=failed.count(),
        url=reverse("wagtaildocs:index"),
        link_text="See all documents",
        items=items,
    )
