"""The content generation: one token in the shared cache that changes whenever anything the
public site shows changes. Cached pages and per-generation facts are kept under it, so a change
made by any process (a worker, the task queue, a command run from the shell) retires them all in
every process at once.

The token, what is kept under it and the stored pages live in the cache named "pages"
(`store()`), apart from the rate-limit counters and other entries of the default cache.

The token is random rather than a counter: if the cache loses it (eviction, a flush), the next
reader makes a new one, and nothing stored under an older token can ever match it again.

A change is marked with `changed()`. The token is renewed after the change's transaction
commits, so no process can render the old rows under the new token; within the changing thread
it is also renewed before the next read, so the same request (or a test, whose transaction never
commits) sees its own change. Many changes in one transaction renew it once after the commit.

A request reads the token, and each fact kept under it, from the shared cache once: the header,
the footer and the breadcrumbs then share what it read, and the whole page is drawn from one
generation. What a request remembers is dropped when it ends; outside a request (a command, a
task) every read goes to the shared cache.
"""

import threading
import uuid
import weakref

from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models import QuerySet

KEY = "pagecache:generation"
ALIAS = "pages"

_local = threading.local()
# Watches of the generation in this process (local_copies.py): told of a renewal made here at
# once, rather than when Redis's notice arrives.
_watches = weakref.WeakSet()


def store():
    """The cache that holds the generation, what is kept for it and the stored pages."""
    return caches[ALIAS]


def _new_token():
    return uuid.uuid4().hex[:16]


def _request_memo():
    """What this request has read ({KEY: token, cache key: value}); None outside a request."""
    return getattr(_local, "request_memo", None)


def _remember(key, value):
    memo = _request_memo()
    if memo is not None:
        memo[key] = value
    return value


def _begin_request(**kwargs):
    _local.request_memo = {}


def _end_request(**kwargs):
    _local.request_memo = None


def remembered(key, read):
    """What `read()` gave when this request first asked for `key` (a token another store keeps,
    say); outside a request, `read()` each time. `forget(key)` when it changes here."""
    memo = _request_memo()
    if memo is not None and key in memo:
        return memo[key]
    return _remember(key, read())


def remember_read(found):
    """Remember, for this request's later `remembered`, the values {key: value} read from a
    cache (as `remembered(key, read)` would have read them one by one). Outside a request it
    does nothing."""
    memo = _request_memo()
    if memo is not None:
        memo.update(found)


def forget(key):
    """Drop what this request remembered of `key`, so its next read asks again."""
    memo = _request_memo()
    if memo is not None:
        memo.pop(key, None)


def connect():
    request_started.connect(_begin_request, dispatch_uid="pagecache_generation_request_started")
    request_finished.connect(_end_request, dispatch_uid="pagecache_generation_request_finished")


def watch_changes_here(watch):
    _watches.add(watch)


def renew():
    """Give the generation a new token now."""
    token = _new_token()
    store().set(KEY, token, timeout=None)
    for watch in _watches:
        watch.changed()
    _local.read_stale = False
    if _request_memo() is not None:
        _local.request_memo = {KEY: token}
    return token


def current():
    """The generation's token, made if the cache has none."""
    if getattr(_local, "read_stale", False):
        return renew()
    return remembered(KEY, _read_token)


def _read_token():
    cache = store()
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, _new_token(), timeout=None)
        token = cache.get(KEY)
    return token


def read_with(key):
    """The generation's token and the value at `key`, in one round trip to the cache."""
    if getattr(_local, "read_stale", False):
        renew()
    found = store().get_many([KEY, key])
    token = found.get(KEY)
    if token is None:
        return current(), None
    return _remember(KEY, token), found.get(key)


def _renew_after_commit():
    # Callbacks registered in one transaction run one after another once it commits: the first
    # renews the token and the rest have nothing left to do. Registering resets the mark, so a
    # callback only skips when a renewal ran after its own transaction committed.
    if getattr(_local, "renewed_after_commit", False):
        return
    renew()
    _local.renewed_after_commit = True


def changed():
    """Mark a change to what the public site shows (called from signal handlers)."""
    _local.read_stale = True
    _local.renewed_after_commit = False
    transaction.on_commit(_renew_after_commit)


# How long a fact worked out from the content is kept at most, if the content does not change.
CACHED_SECONDS = 60 * 60


def _fact_key(name, token):
    """Where the fact kept under `name` for the generation `token` is in the shared cache."""
    return f"pagecache:{name}:{token}"


def cached(name, build, seconds=CACHED_SECONDS):
    """`build()`, kept in the shared cache until the generation changes (or `seconds` pass)."""
    key = _fact_key(name, current())
    memo = _request_memo()
    if memo and key in memo:
        return memo[key]
    return _remember(key, store().get_or_set(key, build, seconds))


def prefetch(names):
    """Read the facts kept under `names` in one round trip, for this request's later `cached`
    and `cached_many` to find (a fact not kept yet is built when it is first asked for).
    Outside a request it does nothing."""
    if _request_memo() is None:
        return
    token = current()
    memo = _request_memo()
    unread = [key for key in (_fact_key(name, token) for name in names) if key not in memo]
    if unread:
        memo.update(store().get_many(unread))


def cached_many(builds, seconds=CACHED_SECONDS, also=()):
    """{name: build()} for each `name: build` of `builds`, kept as `cached` keeps them, and read
    from the shared cache in one round trip (a page that keeps several facts asks once). The
    facts named in `also` are read in the same round trip for this request's later `cached`
    to find, as `prefetch` reads them."""
    token = current()
    keys = {name: _fact_key(name, token) for name in builds}
    memo = _request_memo() or {}
    in_request = _request_memo() is not None
    also_keys = [_fact_key(name, token) for name in also] if in_request else []
    unread = [key for key in [*keys.values(), *also_keys] if key not in memo]
    found = store().get_many(unread) if unread else {}
    for key in also_keys:
        if key in found:
            _remember(key, found[key])
    values, missing = {}, {}
    for name, key in keys.items():
        if key in memo:
            values[name] = memo[key]
        elif key in found:
            values[name] = found[key]
        else:
            values[name] = missing[key] = builds[name]()
    if missing:
        store().set_many(missing, seconds)
    for name, key in keys.items():
        _remember(key, values[name])
    return values


# How long facts that time alone may change (an event now past) are kept at most.
VISITOR_FACTS_SECONDS = 10 * 60


def cached_for_visitors(name, user, build):
    """`build()` (a dict), its querysets read into lists, kept until the content changes when
    `user` is not signed in: what it holds is then the same for every such visitor. A signed-in
    person's is worked out afresh, as it may hold what only they may see."""

    def read():
        return {
            key: list(value) if isinstance(value, QuerySet) else value
            for key, value in build().items()
        }

    if getattr(user, "is_authenticated", False):
        return build()
    return cached(name, read, VISITOR_FACTS_SECONDS)
