"""System checks for settings that are only safe with one process."""

from django.conf import settings
from django.core import checks

# Caches whose contents belong to one process (or one machine's disk, or nothing at all):
# rate limits and invalidation marks kept in them are not seen by the other workers.
PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


def register_checks():
    checks.register(shared_cache_check, checks.Tags.caches)


def shared_cache_check(app_configs=None, **kwargs):
    if not getattr(settings, "REQUIRE_SHARED_CACHE", False):
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Error(
            f"The default cache ({backend}) is private to each process, so with several "
            "workers rate limits and search invalidation would not be shared.",
            hint="Set REDIS_URL, or use Django's DatabaseCache (the production default "
            "without REDIS_URL; create its table with `manage.py createcachetable`).",
            id="hub.E001",
        )
    ]
