"""A version number for the index, in the shared cache, so that what is worked out from the
whole index (each facet value's holders, as a bitmap) is shared by every worker until the index
changes.

Writing the index moves the version on at once and again when the transaction commits, so that
nothing worked out from the rows before the commit outlives it. A request reads it once, and
sees at once a change it makes itself."""

from django.core.cache import cache
from django.db import transaction

from core.page_cache import generation

KEY = "search:index-version"
SECONDS = 60 * 60


def current():
    """The index's version, read once per request (a search asks for it for each fact)."""
    return generation.remembered(KEY, _read)


def _read():
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, 1, timeout=None)
        version = cache.get(KEY, 1)
    return version


def _move_on():
    generation.forget(KEY)
    try:
        cache.incr(KEY)
    except ValueError:  # not in the cache (evicted or flushed): any new value will do
        cache.add(KEY, 1, timeout=None)


def bump():
    _move_on()
    transaction.on_commit(_move_on)


def _key(name):
    return f"search:{name}:{current()}"


def cached(name, build):
    """`build()`, shared by every worker until the index changes (read once per request)."""
    key = _key(name)
    return generation.remembered(key, lambda: cache.get_or_set(key, build, SECONDS))


def prefetch(names, also=()):
    """Read the facts kept under `names`, and the shared cache's keys `also`, in one round trip,
    for this request's later `cached` (and `generation.remembered`) to find."""
    generation.remember_read(cache.get_many([*map(_key, names), *also]))
