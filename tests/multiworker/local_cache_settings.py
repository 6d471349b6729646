"""Production settings with a cache private to each worker, as if neither Redis nor the
database cache had been set up.

Production refuses such a cache (`hub.E001`) because the rate limits need a shared one; here it
is allowed on purpose, to show that what search finds never depends on a shared cache: every
worker reads the index from the database.
"""

from hub.settings.production import *  # noqa: F403

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
REQUIRE_SHARED_CACHE = False
# A page cache private to each worker could not be invalidated by the others: none here.
PAGE_CACHE_SECONDS = 0
