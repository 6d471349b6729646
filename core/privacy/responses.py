"""Responses that depend on who asks are never stored by a shared cache.

A CDN that ignores `Vary: Cookie` would otherwise hand one member's search results or a private
document to the next visitor. Views call `make_private(response)`; the document serve view,
which is Wagtail's, marks the request (`mark_private`) and `PrivateResponseMiddleware` sets the
header on its way out.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import documents
from .restrictions import signed_in

REQUEST_FLAG = "hub_private_response"


def make_private(response):
    """Forbid shared caches (and the browser's disk) to keep this response."""
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def private_if_signed_in(request, response):
    """Private when the visitor is signed in; public responses keep their headers."""
    if signed_in(getattr(request, "user", None)):
        make_private(response)
    return response


def mark_private(request):
    setattr(request, REQUEST_FLAG, True)


class PrivateResponseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, REQUEST_FLAG, False):
            make_private(response)
        return response


def mark_restricted_page_private(page, request):
    """A restricted page is served only after a privacy check: keep it out of shared caches.
    A visitor with no session (not signed in, no page password given) is never served one, so
    is spared the query."""
    may_have_passed = signed_in(getattr(request, "user", None)) or (
        settings.SESSION_COOKIE_NAME in request.COOKIES
    )
    if may_have_passed and page.get_view_restrictions().exists():
        mark_private(request)


def check_document_request(document, request):
    """Before a document is served: an unpublished document exists only for the people who may
    manage it (404 for everyone else, signed in or not, so nothing is revealed); one used only by
    pages this person may not see (members-only pages, say) sends a visitor who is not signed in
    to sign in, as those pages do. A document served after a privacy or permission check is
    marked private. Collection privacy is Wagtail's own check, which runs after this one."""
    user = getattr(request, "user", None)
    if not documents.is_published(document, user) and not documents.may_manage(user, document):
        if signed_in(user) or not documents.is_published(document, to_anyone=True):
            raise Http404("No document found.")
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
    if not documents.is_published(document) or documents.is_private_document(document):
        mark_private(request)
