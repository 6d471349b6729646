"""Pages and collections behind a shared password: wrong guesses lock the form, as sign-in does.

Wagtail's password restriction forms (a page's, a collection's documents') are not Django
sign-ins, so axes does not see them by itself. These wrappers around Wagtail's own views tell
axes of each wrong password, keyed on the restriction and the visitor's address, and show the
lockout page once there have been too many (hub/urls.py routes the forms through them).
"""

from functools import wraps

from axes.handlers.proxy import AxesProxyHandler
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views

from .lockout import (
    COLLECTION_PASSWORD,
    PAGE_PASSWORD,
    guarded_credentials,
    locked_out_response,
    lockout_username,
)


def lock_after_wrong_passwords(view, kind, restriction_kwarg):
    """Wrap a password restriction view: count wrong passwords, refuse while locked."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        credentials = guarded_credentials(kind, kwargs[restriction_kwarg])
        if not AxesProxyHandler.is_allowed(request, credentials):
            return locked_out_response(request, credentials=credentials)
        response = view(request, *args, **kwargs)
        if response.status_code in (301, 302, 303):
            # The right password: Wagtail marks the restriction passed and redirects.
            AxesProxyHandler.reset_attempts(
                ip_address=request.axes_ip_address,
                username=lockout_username(request, credentials),
            )
            return response
        AxesProxyHandler.user_login_failed(sender=guarded, credentials=credentials, request=request)
        if request.axes_locked_out:
            return locked_out_response(request, credentials=credentials)
        return response

    return guarded


page_password = lock_after_wrong_passwords(
    wagtail_views.authenticate_with_password, PAGE_PASSWORD, "page_view_restriction_id"
)
collection_password = lock_after_wrong_passwords(
    document_views.authenticate_with_password, COLLECTION_PASSWORD, "restriction_id"
)
