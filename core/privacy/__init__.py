"""Who may see what: the one place the hub's privacy rules live.

Listings, search (its HTML and JSON faces and its suggestions), the sitemap and the document
serve view all ask this package, so a page or document is visible, hidden or locked by the same
rules everywhere:

- `restrictions`: which view restrictions a person does not pass;
- `pages`: visible pages (also within a list's own query, for short lists), and the "locked"
  mark on listed pages;
- `documents`: published documents (used by a live page), who may see unpublished ones,
  private collections;
- `visibility.Visibility`: all of that for one person, read once (search uses it);
- `responses`: private Cache-Control for answers that depend on who asks, and the check made
  before a document is served;
- `sitemap`: the sitemap of public pages;
- `public_pages`, `public_documents`: what anyone may see, for the channels that give everybody
  the same answer (feeds, the open data API).
"""

from django.contrib.auth.models import AnonymousUser

from .documents import (
    connect_signals,
    hidden_collection_ids,
    is_private_document,
    is_published,
    may_manage,
    private_collection_ids,
    published_document_ids,
)
from .pages import (
    annotate_locked,
    hidden_page_paths,
    is_locked,
    public_pages,
    visible_pages,
    visible_pages_in_one_query,
)
from .responses import (
    PrivateResponseMiddleware,
    check_document_request,
    make_private,
    mark_private,
    mark_restricted_page_private,
    private_if_signed_in,
)
from .visibility import Visibility

__all__ = [
    "PrivateResponseMiddleware",
    "Visibility",
    "annotate_locked",
    "check_document_request",
    "connect_signals",
    "hidden_collection_ids",
    "hidden_page_paths",
    "is_locked",
    "is_private_document",
    "is_published",
    "make_private",
    "mark_private",
    "mark_restricted_page_private",
    "may_manage",
    "private_collection_ids",
    "private_if_signed_in",
    "public_documents",
    "public_pages",
    "published_document_ids",
    "visible_documents",
    "visible_pages",
    "visible_pages_in_one_query",
]


def visible_documents(user, queryset=None):
    return Visibility(user).documents(queryset)


def public_documents(queryset=None):
    return visible_documents(AnonymousUser(), queryset)
