"""The files browsers and crawlers ask every site for: robots.txt, the web app manifest and
/favicon.ico."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.icons import BACKGROUND, PNG_SIZES
from core.sites import site_for

# Never for crawlers: the admin, the documents' serve path (it checks privacy on every request,
# and what it serves is found through the pages that use it), and search results for a query.
ROBOTS_DISALLOW = ("/admin/", "/documents/", "/search/?", "/api/search/")


def site_root(request):
    site = site_for(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines += ["", f"Sitemap: {site_root(request)}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def web_app_manifest(request):
    icons = [
        {"src": static(f"icons/{name}"), "sizes": f"{size}x{size}", "type": "image/png"}
        for name, size in PNG_SIZES.items()
        if size >= 192
    ]
    icons.append({"src": static("icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"})
    manifest = {
        "name": "CCIN Hub: Co-operative Councils' Innovation Network",
        "short_name": "CCIN Hub",
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": BACKGROUND,
        "icons": icons,
    }
    return JsonResponse(manifest, content_type="application/manifest+json")


@require_GET
def favicon_ico(request):
    """Browsers that ignore the page's icon links ask for /favicon.ico; send them the PNG."""
    # Not permanent: the static address changes with the file (hashed names in production).
    return redirect(static("icons/favicon-32.png"))
