"""Which pages a person may see, and which listed pages are locked for them.

A page is visible when it is live and every view restriction on it and on its ancestors lets
this person in (see `restrictions`). Listings still show a restricted page as a title and
summary marked "Members only" when it is locked for the viewer; search, suggestions and the
sitemap leave it out.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import BooleanField, Exists, ExpressionWrapper, F, OuterRef, Q, Value
from django.db.models.lookups import StartsWith
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction

from core.page_cache import generation

from .restrictions import failed_page_restrictions, signed_in

# The name a visitor who is not signed in's hidden paths are kept under.
HIDDEN_PATHS_NAME = "hidden-page-paths"


def hidden_page_paths(user):
    """Tree paths of the restricted pages this person may not see (their subtrees are hidden
    too), in one query; a visitor who is not signed in fails every restriction, so theirs are
    kept for the content generation (which any restriction or move renews)."""

    def read():
        paths = failed_page_restrictions(user).values_list("page__path", flat=True)
        return tuple(sorted(set(paths)))

    return read() if signed_in(user) else generation.cached(HIDDEN_PATHS_NAME, read)


def restricted_paths_statement():
    """(sql, params) of a statement selecting, as its column `path`, the tree path of every page
    with a view restriction: the paths hidden from a visitor who is not signed in
    (`hidden_page_paths`), for a caller that reads them afresh inside a statement it runs
    anyway. The same restrictions as `failed_page_restrictions(AnonymousUser())`
    (tests/privacy/test_restricted_paths.py)."""
    restriction, page = PageViewRestriction._meta.db_table, Page._meta.db_table
    sql = (
        f"SELECT page.path AS path FROM {restriction} AS restriction "
        f"JOIN {page} AS page ON page.id = restriction.page_id "
        "WHERE restriction.restriction_type <> %s"
    )
    return sql, [BaseViewRestriction.NONE]


def hidden_pages_q(paths, path_ref="path"):
    q = Q()
    for path in paths:
        q |= Q(**{f"{path_ref}__startswith": path})
    return q


def visible_pages(user, queryset=None):
    """The live pages of `queryset` (every page by default) this person may see."""
    queryset = (Page.objects.all() if queryset is None else queryset).live()
    hidden = hidden_pages_q(hidden_page_paths(user))
    return queryset.exclude(hidden) if hidden else queryset


def visible_pages_in_one_query(user, queryset):
    """The live pages of `queryset` this person may see, the restrictions checked within the
    queryset's own query: for a short list, where reading the restricted paths first would
    cost a query of its own, or where they must be read afresh rather than as kept for the
    content generation."""
    failed = failed_page_restrictions(user).filter(StartsWith(OuterRef("path"), F("page__path")))
    return queryset.live().exclude(Exists(failed))


def public_pages(queryset=None):
    """What anyone may see, whoever asks: the channels that serve everybody the same answer
    (feeds, the open data API)."""
    return visible_pages(AnonymousUser(), queryset)


def annotate_locked(queryset, user, path_ref="path"):
    """Add `locked_for_viewer` to each page of a page queryset: True when some view restriction
    on the page or an ancestor keeps this person out. Worked out in the listing's own query: for
    a visitor who is not signed in, who fails every restriction, by comparing each page's path
    with the restricted paths kept for the content generation (`hidden_page_paths`; false for
    every page when there are none), else with a subquery of the restrictions they fail."""
    if not signed_in(user):
        hidden = hidden_pages_q(hidden_page_paths(user), path_ref)
        locked = ExpressionWrapper(hidden, BooleanField()) if hidden else Value(False)
        return queryset.annotate(locked_for_viewer=locked)
    failed = failed_page_restrictions(user).filter(StartsWith(OuterRef(path_ref), F("page__path")))
    return queryset.annotate(locked_for_viewer=Exists(failed))


def is_locked(item):
    """Whether a listed item (from a queryset passed through `annotate_locked`) is locked."""
    return bool(getattr(item, "locked_for_viewer", False))
