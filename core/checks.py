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


# The caches every process must share: the default (rate limits, invalidation marks) and the
# page cache with its content generation.
SHARED_CACHES = ("default", "pages")


def cache_problems(caches):
    """What makes the CACHES setting `caches` unsafe with several workers, in words."""
    problems = []
    for alias in SHARED_CACHES:
        backend = caches.get(alias, {}).get("BACKEND", "")
        if not backend:
            problems.append(f'There is no "{alias}" cache.')
        elif backend in PROCESS_LOCAL_CACHES:
            problems.append(
                f'The "{alias}" cache ({backend}) is private to each process, so with several '
                "workers rate limits, search invalidation and the page cache's content "
                "generation would not be shared."
            )
    return problems


def register_checks():
    checks.register(shared_cache_check, checks.Tags.caches)


def shared_cache_check(app_configs=None, **kwargs):
    if not getattr(settings, "REQUIRE_SHARED_CACHE", False):
        return []
    return [
        checks.Error(
            problem,
            hint="Set REDIS_URL, or use Django's DatabaseCache (the production default "
            "without REDIS_URL; create its tables with `manage.py createcachetable`).",
            id="hub.E001",
        )
        for problem in cache_problems(settings.CACHES)
    ]
