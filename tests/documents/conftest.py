import pytest
from django.core.files.base import ContentFile

from documents.models import HubDocument
from tests import factories


@pytest.fixture
def make_document(db, django_capture_on_commit_callbacks):
    """Create a document from bytes, run the extraction its upload queues, and reload it."""

    def make(data, filename, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            document = factories.DocumentFactory(file=ContentFile(data, name=filename), **kwargs)
        return HubDocument.objects.get(pk=document.pk)

    return make
