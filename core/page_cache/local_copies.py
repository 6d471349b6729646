"""A worker's own copies of the stored pages it answers, kept only while Redis says they are
current.

Asking Redis for a stored page is a network round trip, and under load that round trip costs a
worker more than everything else a stored page needs (docs/performance.md). So a worker keeps a
copy of each stored page it has answered, with the generation it was made in. A copy is answered
only while the watch (watch.py) knows, from Redis's own notices, that the generation is still the
one it was made in, and only until the stored page itself would have expired. A change anywhere
renews the generation in Redis, Redis tells every worker's watch before it answers the process
that made the change, and every copy of the older generation is then passed over. Redis stays
the one place that decides what is current; the copies only save asking it again.

Copies are kept only when the page cache is in Redis (PAGE_CACHE_REDIS_URL, or REDIS_URL), up to
PAGE_CACHE_LOCAL_BYTES of pages per worker, the least recently answered dropped first.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

from . import generation, storage


class LocalCopies:
    def __init__(self, watch, max_bytes):
        self.watch = watch
        self.max_bytes = max_bytes
        self._copies = OrderedDict()  # page key: (generation, expires at, StoredPage, size)
        self._bytes = 0
        # A threaded worker (GUNICORN_THREADS) answers from several threads: one at a time
        # reads the watch's connection and changes the copies.
        self._lock = threading.Lock()

    def find(self, key):
        """The copy of the stored page at `key`, if its generation is known to be current."""
        with self._lock:
            return self._find(key)

    def _find(self, key):
        token = self.watch.token()
        copy = self._copies.get(key)
        if token is None or copy is None:
            return None
        made_in, expires_at, page, _ = copy
        if made_in != token or expires_at <= time.time():
            self._forget(key)
            return None
        self._copies.move_to_end(key)
        return page

    def read_shared(self, key):
        """The stored page at `key` read from the shared cache, a copy kept if it is current."""
        changes_before = self.watch.changes
        token, page, expires_at = storage.read(key)
        with self._lock:
            self.watch.remember(token, changes_before)
            if page is not None:
                self._keep(key, token, expires_at, page)
        return page

    def _keep(self, key, token, expires_at, page):
        size = len(page.content) + sum(len(name) + len(value) for name, value in page.headers)
        if size > self.max_bytes:
            return
        self._forget(key)
        self._copies[key] = (token, expires_at, page, size)
        self._bytes += size
        while self._bytes > self.max_bytes:
            self._forget(next(iter(self._copies)))

    def _forget(self, key):
        copy = self._copies.pop(key, None)
        if copy is not None:
            self._bytes -= copy[3]


def for_this_process():
    """Copies for the web process's front (wsgi.py), or None where they cannot be kept: no
    page cache, no Redis to be told of changes by, or no room allowed."""
    if settings.PAGE_CACHE_SECONDS <= 0 or settings.PAGE_CACHE_LOCAL_BYTES <= 0:
        return None
    redis_url = _redis_url(settings.CACHES.get(generation.ALIAS, {}))
    if redis_url is None:
        return None
    # Imported here, in the worker: the Redis client (about 6 MB) then loads with the first
    # request, as the cache's own does, rather than in every worker at boot.
    from .watch import GenerationWatch

    watch = GenerationWatch(redis_url, generation.store().make_key(generation.KEY))
    generation.watch_changes_here(watch)
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
