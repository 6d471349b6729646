"""The Content Security Policy: a strict one for the public site, a wider one for the admin.

django-csp's middleware sends `CONTENT_SECURITY_POLICY` with every HTML response. The Wagtail
admin's own templates still hold inline scripts (InlinePanel, date pickers) and style
attributes, so responses under the admin's address get `CONTENT_SECURITY_POLICY_ADMIN`
instead. It allows inline code but nothing from other sites, and carries no nonce: a nonce
beside 'unsafe-inline' makes browsers ignore 'unsafe-inline'. A view may still choose its own
policy with django-csp's decorators (`csp_replace`, `csp_update`, `csp_exempt`), which win over
both.

The policy is sent with HTML only: JSON and XML run nothing a policy could restrain, and
Wagtail serves documents with its own, stricter `default-src 'none'`.
"""

from functools import cache

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


@cache
def admin_prefix():
    """Where the Wagtail admin is mounted (`/admin/` unless hub/urls.py says otherwise)."""
    return reverse("wagtailadmin_home")


def is_admin_path(path):
    return path.startswith(admin_prefix())


def is_html(response):
    return response.get("Content-Type", "").split(";")[0].strip().lower() == "text/html"


class HubCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, for HTML responses, with the admin policy for the admin."""

    def process_response(self, request, response):
        if not is_html(response):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            parts.nonce = None
        return parts
