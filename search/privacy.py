"""Who may see what. Every search result passes through here; no view filters on its own.

A page is visible when it is live and every view restriction on it or its ancestors lets this user
in; a document is visible when every restriction on its collection (or a parent collection) does.
Password restrictions never let search reveal a page, even to someone who knows the password.
"""

from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.documents import get_document_model
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)


def _user_group_ids(user):
    if user is None or not user.is_authenticated:
        return set()
    cached = getattr(user, "_search_group_ids", None)
    if cached is None:
        cached = set(user.groups.values_list("pk", flat=True))
        user._search_group_ids = cached
    return cached


def user_passes(restriction, user):
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.NONE:
        return True
    if user is None or not user.is_authenticated:
        return False
    if kind == BaseViewRestriction.LOGIN:
        return True
    if kind == BaseViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        allowed = {group.pk for group in restriction.groups.all()}
        return bool(allowed & _user_group_ids(user))
    return False


def _failed(restrictions, user):
    return [r for r in restrictions if not user_passes(r, user)]


class Visibility:
    """What one user may see, worked out once per search (restrictions are read once)."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def hidden_page_paths(self):
        """Tree paths of the restricted pages this user may not see (their subtrees are hidden)."""
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return tuple(restriction.page.path for restriction in _failed(restrictions, self.user))

    @cached_property
    def hidden_pages_q(self):
        q = Q()
        for path in self.hidden_page_paths:
            q |= Q(path__startswith=path)
        return q

    def sees_page(self, item):
        """Whether a live catalogue page is visible to this user."""
        return not item.path.startswith(self.hidden_page_paths)

    @cached_property
    def hidden_collection_id_set(self):
        return frozenset(self.hidden_collection_ids)

    @cached_property
    def hidden_collection_ids(self):
        restrictions = CollectionViewRestriction.objects.select_related(
            "collection"
        ).prefetch_related("groups")
        hidden = Q()
        for restriction in _failed(restrictions, self.user):
            hidden |= Q(path__startswith=restriction.collection.path)
        if not hidden:
            return []
        return list(Collection.objects.filter(hidden).values_list("pk", flat=True))

    def pages(self, queryset=None):
        """Live pages this user may see (as a PageQuerySet)."""
        queryset = (Page.objects.all() if queryset is None else queryset).live()
        return queryset.exclude(self.hidden_pages_q) if self.hidden_pages_q else queryset

    def documents(self, queryset=None):
        """Documents outside any collection this user may not see."""
        queryset = get_document_model().objects.all() if queryset is None else queryset
        hidden = self.hidden_collection_ids
        # Collection ids rather than a join, so search backends can filter on them.
        return queryset.exclude(collection__in=hidden) if hidden else queryset


def visible_pages(user, queryset=None):
    return Visibility(user).pages(queryset)


def visible_documents(user, queryset=None):
    return Visibility(user).documents(queryset)
