"""The front-end cache (a CDN or a caching proxy) in front of the hub.

`frontend_cache_settings` turns the environment into Wagtail's WAGTAILFRONTENDCACHE setting
(FRONTEND_CACHE_BACKEND: cloudflare, cloudfront or http) and refuses a backend named without what
it needs. With one configured, Wagtail purges a page's address when it is published or
unpublished; `purge_listings` adds the page's parent (its listing) and the site's home page.
Everything else a CDN keeps expires after CDN_MAX_AGE (docs/deployment.md).
"""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "cloudflare": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
    "cloudfront": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
    "http": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
}


def _require(values, *names):
    missing = [name for name in names if not values.get(name)]
    if missing:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND={values['FRONTEND_CACHE_BACKEND'].strip()} needs "
            f"{' and '.join(missing)} (see docs/deployment.md)."
        )


def frontend_cache_settings(values):
    """WAGTAILFRONTENDCACHE from environment values (a mapping of name to text), or None."""
    name = (values.get("FRONTEND_CACHE_BACKEND") or "").strip().lower()
    if not name:
        return None
    if name not in BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND must be one of {', '.join(BACKENDS)}, not {name!r}."
        )
    config = {"BACKEND": BACKENDS[name]}
    if name == "cloudflare":
        _require(values, "CLOUDFLARE_ZONE_ID")
        config["ZONEID"] = values["CLOUDFLARE_ZONE_ID"]
        if values.get("CLOUDFLARE_API_TOKEN"):
            config["BEARER_TOKEN"] = values["CLOUDFLARE_API_TOKEN"]
        elif values.get("CLOUDFLARE_EMAIL") and values.get("CLOUDFLARE_API_KEY"):
            config["EMAIL"] = values["CLOUDFLARE_EMAIL"]
            config["API_KEY"] = values["CLOUDFLARE_API_KEY"]
        else:
            raise ImproperlyConfigured(
                "FRONTEND_CACHE_BACKEND=cloudflare needs CLOUDFLARE_API_TOKEN, or both "
                "CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY (see docs/deployment.md)."
            )
    elif name == "cloudfront":
        _require(values, "CLOUDFRONT_DISTRIBUTION_ID")
        config["DISTRIBUTION_ID"] = values["CLOUDFRONT_DISTRIBUTION_ID"]
    else:
        _require(values, "FRONTEND_CACHE_PURGE_URL")
        config["LOCATION"] = values["FRONTEND_CACHE_PURGE_URL"]
    return {"default": config}


def purge_listings(sender, instance, **kwargs):
    """Beside a published or unpublished page (which Wagtail purges), its listing and the
    home page, which show it."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    parent = instance.get_parent()
    if parent is not None and parent.depth > 1:
        batch.add_page(parent)
    site = instance.get_site()
    if site is not None and site.root_page_id not in (instance.pk, getattr(parent, "pk", None)):
        batch.add_page(site.root_page)
    batch.purge()


def connect():
    from django.apps import apps
    from wagtail.signals import page_published, page_unpublished

    if not apps.is_installed("wagtail.contrib.frontend_cache"):
        return
    page_published.connect(purge_listings, dispatch_uid="pagecache_purge_listings_published")
    page_unpublished.connect(purge_listings, dispatch_uid="pagecache_purge_listings_unpublished")
