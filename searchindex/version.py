"""A version number for the index, in the shared cache, so that what is worked out from the
whole index (each facet value's holders, as a bitmap) is shared by every worker until the index
changes.

Writing the index moves the version on at once and again when the transaction commits, so that
nothing worked out from the rows before the commit outlives it."""

from django.core.cache import cache
from django.db import transaction

KEY = "search:index-version"
SECONDS = 60 * 60


def current():
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, 1, timeout=None)
        version = cache.get(KEY, 1)
    return version


def _move_on():
    try:
        cache.incr(KEY)
    except ValueError:  # not in the cache (evicted or flushed): any new value will do
        cache.add(KEY, 1, timeout=None)


def bump():
    _move_on()
    transaction.on_commit(_move_on)


def cached(name, build):
    """`build()`, shared by every worker until the index changes."""
    return cache.get_or_set(f"search:{name}:{current()}", build, SECONDS)
