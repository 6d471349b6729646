"""The site chrome every page shows (header and footer links, the footer's note and contact
address) and each page's breadcrumb trail, worked out once per content generation and shared by
every process, rather than read from the database on every request.
"""

from typing import NamedTuple

from wagtail.models import Page, PageViewRestriction, Site

from core.models import SiteChrome
from core.page_cache import generation
from core.privacy.pages import HIDDEN_PATHS_NAME
from core.privacy.restrictions import signed_in
from core.sites import site_for, site_name


def _links(stream):
    return [(block.value["label"], block.value.href()) for block in stream]


def _site_chrome(site):
    chrome = SiteChrome.for_site(site)
    primary = _links(chrome.primary_navigation)
    if not primary:
        # No links chosen: the home page's menu pages that anyone may see.
        pages = site.root_page.get_children().live().public().in_menu()
        primary = [(page.title, page.get_url()) for page in pages]
    return {
        "primary": primary,
        "footer": _links(chrome.footer_navigation),
        "footer_text": chrome.footer_text,
        "contact_email": chrome.contact_email,
    }


def _chrome_name(site):
    return f"chrome:{site.pk}"


def site_chrome(request):
    """The chrome of the site serving this request: {primary, footer: [(label, url)],
    footer_text, contact_email}; None off any site."""
    site = site_for(request)
    if site is None:
        return None
    return generation.cached(_chrome_name(site), lambda: _site_chrome(site))


class Crumb(NamedTuple):
    title: str
    url: str


def _crumbs(page):
    return [
        Crumb(ancestor.title, ancestor.get_url())
        for ancestor in page.get_ancestors().filter(depth__gt=1)
    ]


def _crumbs_name(page):
    return f"crumbs:{page.path}"


def ancestors(page):
    """The page's ancestors below the tree root, for its breadcrumbs: [Crumb(title, url)]."""
    return generation.cached(_crumbs_name(page), lambda: _crumbs(page))


def _restrictions():
    return {
        "paths": frozenset(PageViewRestriction.objects.values_list("page__path", flat=True)),
        # An alias takes its source page's restrictions, wherever that page is.
        "aliases": Page.objects.filter(alias_of__isnull=False).exists(),
    }


RESTRICTIONS_NAME = "page-restrictions"


def may_be_restricted(page):
    """Whether a view restriction on the page or an ancestor could apply to it."""
    restrictions = generation.cached(RESTRICTIONS_NAME, _restrictions)
    return restrictions["aliases"] or any(
        page.path.startswith(path) for path in restrictions["paths"]
    )


def read_ahead(page, request):
    """Before a page is served, read what serving it asks of the chrome in one round trip to
    the shared cache: the restricted paths (its privacy check; for a visitor who is not signed
    in, also those they may not see, which mark its listed pages locked), the site's chrome
    and, below the home page, its breadcrumbs (base.html)."""
    names = [RESTRICTIONS_NAME]
    if not signed_in(getattr(request, "user", None)):
        names.append(HIDDEN_PATHS_NAME)
    # Wagtail's page view has found the site already; the hub's own reads of it (site_for)
    # then find it among these.
    site = Site.find_for_request(request)
    if site is not None:
        names.append(_chrome_name(site))
    if name := site_name(request):
        names.append(name)
    if page.depth > 2:
        names.append(_crumbs_name(page))
    generation.prefetch(names)
