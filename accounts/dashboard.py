"""What the comms team's dashboard panel counts: work waiting for them.

Each source is optional: funding applications and document text extraction come from other apps,
and the panel simply leaves out what is not installed.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.urls import NoReverseMatch, reverse
from wagtail.admin.viewsets import viewsets
from wagtail.documents import get_document_model
from wagtail.models import Page, WorkflowState

LISTED = 5  # how many items each row names under its count
APPLICATION_AWAITING_STATUS = "submitted"
EXTRACTION_FAILED_STATUS = "failed"


@dataclass
class DashboardRow:
    label: str
    count: int
    url: str | None
    link_text: str
    items: list = field(default_factory=list)  # (title, url) pairs


def _viewset_for(model):
    return next((v for v in viewsets.viewsets if getattr(v, "model", None) is model), None)


def _admin_url(model, view_name, *args):
    """A URL of whichever admin viewset manages `model`, or None."""
    viewset = _viewset_for(model)
    if viewset is None:
        return None
    try:
        return reverse(viewset.get_url_name(view_name), args=args)
    except NoReverseMatch:
        return None


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _applications_awaiting_review(application_model):
    try:
        from applications.selectors import awaiting_review
    except ImportError:
        return application_model.objects.filter(status=APPLICATION_AWAITING_STATUS)
    return awaiting_review()


def applications_row():
    if not apps.is_installed("applications"):
        return None
    try:
        application_model = apps.get_model("applications", "Application")
    except LookupError:
        return None
    if not _has_field(application_model, "status"):
        return None
    awaiting = _applications_awaiting_review(application_model)
    items = []
    for application in awaiting[:LISTED]:
        url = _admin_url(application_model, "inspect", application.pk) or _admin_url(
            application_model, "edit", application.pk
        )
        if url:
            items.append((str(application), url))
    return DashboardRow(
        label="Applications awaiting review",
        count=awaiting.count(),
        url=_admin_url(application_model, "index"),
        link_text="Review applications",
        items=items,
    )


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


def failed_extraction_row():
    document_model = get_document_model()
    if not _has_field(document_model, "extraction_status"):
        return None
    failed = document_model.objects.filter(extraction_status=EXTRACTION_FAILED_STATUS)
    count = failed.count()
    items = [
        (document.title, reverse("wagtaildocs:edit", args=[document.pk]))
        for document in failed.order_by("-created_at").only("pk", "title")[:LISTED]
    ]
    return DashboardRow(
        label="Documents whose text could not be extracted",
        count=count,
        url=reverse("wagtaildocs:index"),
        link_text="See all documents",
        items=items,
    )


def comms_dashboard_rows():
    rows = [applications_row(), pages_awaiting_approval_row(), failed_extraction_row()]
    return [row for row in rows if row is not None]
