"""Serializers the open data API needs beyond Wagtail's own."""

from rest_framework.fields import Field
from wagtail.documents.api.v2.serializers import DocumentSerializer


class PrefetchedTagsField(Field):
    """A document's tag names, read from the endpoint's prefetched tags (Wagtail's own field
    asks the database again for every document)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class OpenDataDocumentSerializer(DocumentSerializer):
    tags = PrefetchedTagsField(read_only=True)
