"""Shared, atomic rate limits (core.ratelimit) on every cache the hub may be given."""

import threading
import uuid

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from core.ratelimit import RateLimit

REDIS_URL = "redis://127.0.0.1:6379/5"
WINDOW = 3600
START = 1_000_000 * WINDOW  # the start of a window, so offsets below are exact


def test_allows_the_limit_then_refuses():
    limit = RateLimit("test", 3, WINDOW)
    assert [limit.hit("a", now=START + n) for n in range(5)] == [True, True, True, False, False]
    assert limit.is_limited("a", now=START + 10)
    assert not limit.is_limited("b", now=START + 10)


def test_identities_are_counted_apart_ignoring_case_and_spaces():
    limit = RateLimit("test", 1, WINDOW)
    assert limit.hit("Helen@Example.org", now=START)
    assert not limit.hit(" helen@example.org ", now=START)
    assert limit.hit("someone@example.org", now=START)


def test_identities_are_not_stored_in_the_clear(monkeypatch):
    keys = []
    original = cache.add
    monkeypatch.setattr(
        cache, "add", lambda key, *a, **kw: keys.append(key) or original(key, *a, **kw)
    )
    RateLimit("test", 1, WINDOW).hit("helen@example.org", now=START)
    assert keys and all("helen" not in key for key in keys)


def test_a_released_claim_does_not_count():
    limit = RateLimit("test", 2, WINDOW)
    first = limit.acquire("a", now=START)
    limit.acquire("a", now=START)
    assert limit.acquire("a", now=START) is None
    first.release()
    assert limit.acquire("a", now=START) is not None
    assert limit.acquire("a", now=START) is None


def test_fixed_window_starts_afresh():
    limit = RateLimit("test", 2, WINDOW, sliding=False)
    limit.hit("a", now=START + WINDOW - 1)
    limit.hit("a", now=START + WINDOW - 1)
    assert not limit.hit("a", now=START + WINDOW - 1)
    assert limit.hit("a", now=START + WINDOW)


def test_sliding_window_weighs_the_previous_one():
    limit = RateLimit("test", 4, WINDOW)
    for _ in range(4):
        assert limit.hit("a", now=START + WINDOW - 1)
    # A moment later the previous window still counts almost fully: no burst twice over.
    assert not limit.hit("a", now=START + WINDOW + 1)
    # Halfway through the next window, half of the previous window's uses still count.
    assert limit.used("a", now=START + WINDOW + WINDOW // 2) == 2
    assert limit.hit("a", now=START + WINDOW + WINDOW // 2)
    assert limit.hit("a", now=START + WINDOW + WINDOW // 2)
    assert not limit.hit("a", now=START + WINDOW + WINDOW // 2)
    # Two windows on, nothing from the first counts.
    assert limit.used("a", now=START + 3 * WINDOW) == 0


def hammer(limit, identity, attempts=16):
    """Claim from many threads at once; how many claims succeeded."""
    barrier = threading.Barrier(attempts)
    results = []

    def attempt():
        barrier.wait()
        try:
            results.append(limit.hit(identity))
        finally:
            from django.db import connection

            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == attempts
    return results.count(True)


def test_concurrent_claims_never_exceed_the_limit_in_process_memory():
    assert hammer(RateLimit("test", 5, WINDOW), "203.0.113.9") == 5


@pytest.mark.committing
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_claims_never_exceed_the_limit_on_the_database_cache():
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "test_ratelimit_cache",
        }
    }
    with override_settings(CACHES=caches):
        call_command("createcachetable", verbosity=0)
        limit = RateLimit("test", 5, WINDOW)
        accepted = hammer(limit, "203.0.113.9")
        assert accepted <= 5
        # Contention may make a claim give up on a locked table, never grant an extra one;
        # afterwards the remaining slots are there to be had.
        while limit.hit("203.0.113.9"):
            accepted += 1
        assert accepted == 5


def test_concurrent_claims_never_exceed_the_limit_on_redis():
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {exc}")
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-ratelimit",
        }
    }
    with override_settings(CACHES=caches):
        # A name of its own rather than clearing: other checks share this Redis database.
        assert hammer(RateLimit(f"test-{uuid.uuid4().hex}", 5, WINDOW), "203.0.113.9") == 5
