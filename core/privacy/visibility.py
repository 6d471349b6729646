"""What one person may see, worked out once (for a search, a suggestion list, a listing).

The same rules as `pages` and `documents`, with each answer read once and kept for the life
of the object, so a search asks the database a fixed number of times whatever it finds.
"""

from django.utils.functional import cached_property
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.page_cache import generation

from . import documents, pages
from .restrictions import signed_in


class Visibility:
    def __init__(self, user):
        self.user = user

    @property
    def kept_names(self):
        """The names of what is kept for this person for the content generation (`kept`), for
        a caller to read ahead in one round trip: none for someone signed in."""
        return [] if signed_in(self.user) else [pages.HIDDEN_PATHS_NAME]

    def kept(self, name, build):
        """`build()`, something worked out from what this person may not see. A visitor who is
        not signed in fails every restriction, as every such visitor does, so theirs is kept
        under `name` for the content generation, which any change to pages, documents,
        collections or restrictions renews (as their hidden paths are); anyone else's is worked
        out each time, as is everything once the kept paths proved out of date
        (`confirm_restricted_paths`)."""
        if signed_in(self.user) or self._kept_out_of_date:
            return build()
        return generation.cached(name, build)

    _kept_out_of_date = False
    _paths_confirmed = False

    def confirm_restricted_paths(self, paths):
        """Given the paths of every restricted page as a statement just read them
        (`pages.restricted_paths_statement`): for a visitor who is not signed in, whose hidden
        paths are those, use them if the kept ones differ, and keep nothing for them for the
        rest of this request. The generation renews the kept paths on any change; only a cache
        that is not shared (a worker's own, which production refuses) can leave them out of
        date, and what a search finds must not rest on it."""
        paths = tuple(sorted(set(paths)))
        if signed_in(self.user):
            return
        self._paths_confirmed = True
        if paths == self.hidden_page_paths:
            return
        for worked_out in ("hidden_pages_q", "hidden_unpublished_documents", "hidden_document_ids"):
            self.__dict__.pop(worked_out, None)
        self.__dict__["hidden_page_paths"] = paths
        self._kept_out_of_date = True

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
    def hidden_collections(self):
        """Ids of the collections this person may not see into, as a queryset (a subquery)."""
        return documents.hidden_collections(self.user).values_list("pk", flat=True)

    @cached_property
    def hidden_unpublished_documents(self):
        """Ids of the unpublished documents this person may not see, as a queryset."""
        return documents.hidden_unpublished_documents(
            self.user, self.hidden_page_paths
        ).values_list("pk", flat=True)

    @cached_property
    def hidden_collection_id_set(self):
        return frozenset(self.hidden_collections)

    @property
    def hidden_collection_ids(self):
        return sorted(self.hidden_collection_id_set)

    @cached_property
    def hidden_document_ids(self):
        """Unpublished documents this person may not see (collection privacy aside)."""
        return frozenset(self.hidden_unpublished_documents)

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

    def pages_read_afresh(self, queryset):
        """Live pages of a short `queryset` this person may see, never by paths a cache may
        hold out of date: by the hidden paths when they were read afresh (someone signed in, or
        paths a search confirmed: `confirm_restricted_paths`), else with the restrictions
        checked in the queryset's own statement. A worker whose cache is its own then still
        leaves out a page restricted a moment ago (tests/multiworker)."""
        if signed_in(self.user) or self._paths_confirmed:
            return self.pages(queryset)
        return pages.visible_pages_in_one_query(self.user, queryset)

    def documents(self, queryset=None):
        """Documents this person may see: published ones (or ones they may manage) outside any
        collection they may not see into."""
        queryset = get_document_model().objects.all() if queryset is None else queryset
        # As subqueries: the documents are read in one statement.
        return queryset.exclude(collection__in=self.hidden_collections).exclude(
            pk__in=self.hidden_unpublished_documents
        )
