"""What one person may see, worked out once (for a search, a suggestion list, a listing).

The same rules as `pages` and `documents`, with each answer read once and kept for the life
of the object, so a search asks the database a fixed number of times whatever it finds.
"""

from django.utils.functional import cached_property
from wagtail.documents import get_document_model
from wagtail.models import Page

from . import documents, pages


class Visibility:
    def __init__(self, user):
        self.user = user

    @cached_property
    def hidden_page_paths(self):
        """Tree paths of the restricted pages this person may not see (their subtrees too)."""
        return pages.hidden_page_paths(self.user)

    @cached_property
    def hidden_pages_q(self):
        return pages.hidden_pages_q(self.hidden_page_paths)

    def sees_page(self, item):
        """Whether a live page (anything with a tree `path`) is visible to this person."""
        return not item.path.startswith(self.hidden_page_paths)

    @cached_property
    def hidden_collection_id_set(self):
        return documents.hidden_collection_ids(self.user)

    @property
    def hidden_collection_ids(self):
        return sorted(self.hidden_collection_id_set)

    @cached_property
    def hidden_document_ids(self):
        """Unpublished documents this person may not see (collection privacy aside)."""
        return documents.hidden_unpublished_document_ids(self.user, self.hidden_page_paths)

    def sees_document(self, item):
        """Whether a document (anything with `pk` and `collection_id`) is visible."""
        return (
            item.collection_id not in self.hidden_collection_id_set
            and item.pk not in self.hidden_document_ids
        )

    def pages(self, queryset=None):
        """Live pages this person may see (as a PageQuerySet)."""
        queryset = (Page.objects.all() if queryset is None else queryset).live()
        return queryset.exclude(self.hidden_pages_q) if self.hidden_pages_q else queryset

    def documents(self, queryset=None):
        """Documents this person may see: published ones (or ones they may manage) outside any
        collection they may not see into."""
        queryset = get_document_model().objects.all() if queryset is None else queryset
        # Ids rather than joins, so search backends can filter on them.
        if self.hidden_collection_id_set:
            queryset = queryset.exclude(collection__in=self.hidden_collection_ids)
        if self.hidden_document_ids:
            queryset = queryset.exclude(pk__in=sorted(self.hidden_document_ids))
        return queryset
