"""A worker's own copies of what it reads from the page cache, used only while Redis says they
are current.

Asking Redis is a network round trip, and under load a round trip costs a worker more than
everything else a stored page needs (docs/performance.md). So a worker keeps a copy of each
stored page it has answered, with the generation it was made in, and of each fact kept for a
generation it has read (generation.py). A copy is used only while the watch (watch.py) knows,
from Redis's own notices, that the generation is still the one it was made in; a page's copy
only until the stored page itself would have expired, a fact's for a minute at most. A change
anywhere renews the generation in Redis, Redis tells every worker's watch before it answers the
process that made the change, and every copy of the older generation is then passed over. Redis
stays the one place that decides what is current; the copies only save asking it again.

Copies are kept only when the page cache is in Redis (PAGE_CACHE_REDIS_URL, or REDIS_URL), up to
PAGE_CACHE_LOCAL_BYTES of pages and as much again of facts per worker, the least recently used
dropped first.
"""

import pickle
import time

from django.conf import settings

from . import generation, storage
from .bounded import BoundedStore

# How long a worker uses its copy of a fact at most: what time alone changes (an event now past)
# is then at most this much later than the shared cache's (generation.VISITOR_FACTS_SECONDS).
FACT_SECONDS = 60


class LocalCopies:
    """Copies of stored pages, for the web process's front (wsgi.py)."""

    def __init__(self, watch, max_bytes):
        self.watch = watch
        self._pages = BoundedStore(max_bytes)

    @property
    def max_bytes(self):
        return self._pages.max_bytes

    @max_bytes.setter
    def max_bytes(self, value):
        self._pages.max_bytes = value

    def find(self, key):
        """The copy of the stored page at `key`, if its generation is known to be current."""
        token = self.watch.token()
        copy = self._pages.get(key)
        if token is None or copy is None:
            return None
        made_in, expires_at, page = copy
        if made_in != token or expires_at <= time.time():
            self._pages.forget(key)
            return None
        return page

    def read_shared(self, key):
        """The stored page at `key` read from the shared cache, a copy kept if it is current."""
        changes_before = self.watch.changes
        token, page, expires_at = storage.read(key)
        self.watch.remember(token, changes_before)
        if page is not None:
            size = len(page.content) + sum(len(n) + len(v) for n, v in page.headers)
            self._pages.put(key, (token, expires_at, page), size)
        return page


class LocalFacts:
    """Copies of the facts kept for a generation (generation.py reads through them)."""

    def __init__(self, watch, max_bytes):
        self.watch = watch
        self._facts = BoundedStore(max_bytes)

    def find_many(self, keys, token):
        """{key: value} of the copies of `keys`, kept under `token`, if it is known to be
        current. Each value is a fresh copy, as one read from the shared cache is."""
        if token != self.watch.token():
            return {}
        found, now = {}, time.monotonic()
        for key in keys:
            copy = self._facts.get(key)
            if copy is not None and copy[0] > now:
                found[key] = pickle.loads(copy[1])
        return found

    def keep_many(self, values):
        """Keep copies of `values` ({key: value}, each key naming its generation)."""
        expires_at = time.monotonic() + FACT_SECONDS
        for key, value in values.items():
            pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            self._facts.put(key, (expires_at, pickled), len(pickled))


def for_this_process():
    """Copies for the web process's front (wsgi.py), or None where they cannot be kept: no
    Redis to be told of changes by, or no room allowed. The facts' copies are handed to
    generation.py."""
    if settings.PAGE_CACHE_LOCAL_BYTES <= 0:
        return None
    redis_url = _redis_url(settings.CACHES.get(generation.ALIAS, {}))
    if redis_url is None:
        return None
    # Imported here, in the worker: the Redis client (about 6 MB) then loads with the first
    # request, as the cache's own does, rather than in every worker at boot.
    from .watch import GenerationWatch

    watch = GenerationWatch(redis_url, generation.store().make_key(generation.KEY))
    generation.keep_copies_here(LocalFacts(watch, settings.PAGE_CACHE_LOCAL_BYTES))
    return LocalCopies(watch, settings.PAGE_CACHE_LOCAL_BYTES)


def _redis_url(cache_settings):
    """The address of the one Redis a cache's settings name, or None. With replicas listed too,
    a read may come from a replica that has not yet seen a change the watch was told of, so
    no copies are kept."""
    if not cache_settings.get("BACKEND", "").endswith(".RedisCache"):
        return None
    location = cache_settings.get("LOCATION") or ""
    servers = location if isinstance(location, (list, tuple)) else location.split(",")
    servers = [server.strip() for server in servers if server.strip()]
    return servers[0] if len(servers) == 1 else None
