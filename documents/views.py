"""Wagtail admin views for documents: Wagtail's own, extended with the text extraction status.

Wagtail 8 has no viewset for documents, so wagtail_hooks.py registers these subclasses at the
same admin paths as Wagtail's, ahead of them; every reverse("wagtaildocs:...") still works.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views import View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.utils import get_valid_next_url_from_request, set_query_params
from wagtail.documents.views import documents as wagtail_views
from wagtail.permissions import policy_registry

from documents.models import ExtractionStatus, HubDocument
from documents.services import fail_interrupted_extractions, reset_extraction

# The columns after which the extraction columns go: Title, File, (Collection), Created.
_INSERT_AFTER = "filename"


class DocumentIndexView(wagtail_views.IndexView):
    def get_base_queryset(self):
        # An extraction whose process died shows as failed here, not pending for ever.
        fail_interrupted_extractions()
        # The listing never shows the text itself, which can be megabytes per document.
        return super().get_base_queryset().defer("extracted_text", "page_offsets")

    @cached_property
    def columns(self):
        columns = list(super().columns)
        position = next(i for i, c in enumerate(columns) if c.name == _INSERT_AFTER) + 1
        columns[position:position] = [
            StatusTagColumn(
                "extraction_status",
                label="Text",
                accessor="get_extraction_status_display",
                primary=lambda document: document.extraction_status == ExtractionStatus.DONE,
                sort_key="extraction_status",
            ),
            Column("page_count", label="Pages", sort_key="page_count", width="8%"),
        ]
        return columns


class DocumentEditView(wagtail_views.EditView):
    template_name = "documents/admin/edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.object
        context["extraction"] = {
            "status": document.get_extraction_status_display(),
            "is_done": document.extraction_status == ExtractionStatus.DONE,
            "reason": document.extraction_error,
            "page_count": document.page_count,
            "extracted_at": document.extracted_at,
            "preview": document.text_preview(),
            "characters": len(document.extracted_text),
            "reextract_url": set_query_params(
                reverse("hub_documents:reextract", args=(document.pk,)),
                {"next": self.next_url or None},
            ),
        }
        return context


class ReextractView(View):
    """POST: queue a document's text extraction again (an editor's "Extract text again")."""

    http_method_names = ["post"]

    def post(self, request, document_id):
        document = get_object_or_404(HubDocument, pk=document_id)
        policy = policy_registry.get_by_type(HubDocument)
        if not policy.user_has_permission_for_instance(request.user, "change", document):
            raise PermissionDenied
        reset_extraction(document)
        messages.success(
            request, f"Text extraction of '{document.title}' has been queued and starts shortly."
        )
        return redirect(
            set_query_params(
                reverse("wagtaildocs:edit", args=(document.pk,)),
                {"next": get_valid_next_url_from_request(request) or None},
            )
        )
