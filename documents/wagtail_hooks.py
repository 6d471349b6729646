from django.urls import include, path
from wagtail import hooks

from documents import views

from .dashboard import failed_extraction_row

hooks.register("comms_dashboard_rows", failed_extraction_row, order=30)


@hooks.register("register_admin_urls", order=-10)
def register_document_admin_urls():
    """Put the hub's document views ahead of Wagtail's at the same paths (see documents.views)."""
    urls = [
        path("", views.DocumentIndexView.as_view(), name="index"),
        path("results/", views.DocumentIndexView.as_view(results_only=True), name="index_results"),
        path("edit/<int:document_id>/", views.DocumentEditView.as_view(), name="edit"),
        path("extract/<int:document_id>/", views.ReextractView.as_view(), name="reextract"),
    ]
    return [path("documents/", include((urls, "hub_documents")))]
