"""The site serving a request, kept for the content generation.

Wagtail finds a request's site with a query the first time the request asks for it
(`Site.find_for_request`). Wagtail's page view always asks, but a view that is not a page (search,
the JSON search) asks only because the hub writes addresses and draws the site's chrome. So the
hub keeps which site serves each host and port for the content generation, which any change to a
site renews (core/page_cache/invalidation.py), and writes a page's address with
`address(page, request)`: `Page.relative_url` with that site, where `Page.get_url(request)` would
look the site up again.
"""

from django.core.exceptions import DisallowedHost
from wagtail.models import Site

from core.page_cache import generation


def site_name(request):
    """The name `site_for` keeps the request's site under, or None for a host not allowed."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return f"site:{host}:{request.get_port()}"


def site_for(request):
    """The Site serving `request`, as `Site.find_for_request` finds it (None off any site)."""
    if request is None:
        return None
    name = site_name(request)
    if name is None:
        return Site.find_for_request(request)
    return generation.cached(name, lambda: Site.find_for_request(request))


def address(page, request):
    """The page's address from the site serving `request`: a path on that site, or a full
    address on another."""
    return page.relative_url(site_for(request), request=request)
