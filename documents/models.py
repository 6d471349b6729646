from wagtail.documents.models import AbstractDocument, Document


class HubDocument(AbstractDocument):
    """The hub's document: reports, toolkits and other downloads published by the network."""

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documents"
