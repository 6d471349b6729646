"""Rate limits shared by every process, counted in Django's cache.

A limit allows `limit` uses per `window` seconds for each identity (a client address, an email
address, a username). Uses are counted in windows that start at fixed times; a *sliding* limit
also weighs the previous window by how much of it still falls within the last `window` seconds,
so a burst at the end of one window and the start of the next is not allowed twice over.

Each use claims a numbered slot in the current window with `cache.add`, the cache's one
operation that is atomic across processes on the backends the hub supports: Redis (SET NX),
Memcached, and Django's DatabaseCache (an INSERT on the key's primary key; a slot's key is never
reused once it expires, because its window's number is part of it). `cache.incr` is not used:
Django's DatabaseCache implements it as a read followed by a write, so two workers can both read
4 and both write 5. Process-local caches (LocMemCache, FileBasedCache, DummyCache) count per
process only; production refuses them (core/checks.py).

A use that should not count after all (a form that turned out invalid) releases its slot.
"""

import hashlib
import math
import time
from dataclasses import dataclass

from django.core.cache import cache

KEY_PREFIX = "ratelimit"


@dataclass(frozen=True)
class Claim:
    """A slot held in a limit's current window; `release()` gives it back."""

    key: str

    def release(self):
        cache.delete(self.key)


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` uses per `window` seconds per identity, in the cache `name` space."""

    name: str
    limit: int
    window: int
    sliding: bool = True

    def acquire(self, identity, now=None):
        """Claim a use for `identity`: a Claim, or None when the limit is reached."""
        now = time.time() if now is None else now
        allowed = self._allowed_in_current(identity, now)
        if allowed <= 0:
            return None
        number = self._window_number(now)
        keys = self._slot_keys(identity, number, allowed)
        taken = cache.get_many(keys)
        # Slots are taken lowest first; two processes racing for one slot both try `add`, one
        # wins and the other moves on to the next free one, so no more than `allowed` succeed.
        for key in keys:
            if key not in taken and cache.add(key, now, timeout=self._timeout(number, now)):
                return Claim(key)
        return None

    def hit(self, identity, now=None):
        """Count a use that is never given back; True if it was within the limit."""
        return self.acquire(identity, now) is not None

    def is_limited(self, identity, now=None):
        """True when the next use would be refused (counts nothing)."""
        now = time.time() if now is None else now
        allowed = self._allowed_in_current(identity, now)
        if allowed <= 0:
            return True
        used = cache.get_many(self._slot_keys(identity, self._window_number(now), allowed))
        return len(used) >= allowed

    def used(self, identity, now=None):
        """How many uses count against the limit now (the weighted estimate when sliding)."""
        now = time.time() if now is None else now
        number = self._window_number(now)
        current = len(cache.get_many(self._slot_keys(identity, number, self.limit)))
        return current + self._previous_weight(identity, now)

    def _allowed_in_current(self, identity, now):
        """How many slots of the current window may be held, after the previous window's share."""
        return self.limit - math.ceil(self._previous_weight(identity, now) - 1e-9)

    def _previous_weight(self, identity, now):
        if not self.sliding:
            return 0
        number = self._window_number(now)
        previous = len(cache.get_many(self._slot_keys(identity, number - 1, self.limit)))
        if not previous:
            return 0
        elapsed = (now - number * self.window) / self.window
        return previous * (1 - elapsed)

    def _window_number(self, now):
        return int(now // self.window)

    def _timeout(self, number, now):
        # Kept until the end of the next window, when it no longer counts even as "previous".
        return max(int((number + 2) * self.window - now) + 1, 1)

    def _slot_keys(self, identity, number, count):
        # Identities are hashed: keys stay short and safe for every backend, and no email
        # address is written into the cache in the clear.
        digest = hashlib.sha256(str(identity).strip().lower().encode()).hexdigest()[:32]
        base = f"{KEY_PREFIX}:{self.name}:{self.window}:{number}:{digest}"
        return [f"{base}:{slot}" for slot in range(1, count + 1)]
