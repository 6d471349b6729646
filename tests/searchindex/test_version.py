"""The index's version: read once per request, and moved on by a change at once, in the request
that made it too."""

from collections import Counter

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from searchindex import version


class CountingReads:
    """The default cache, counting the keys read."""

    def __init__(self):
        self.keys = Counter()

    def get(self, key, *args, **kwargs):
        self.keys[key] += 1
        return cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(cache, name)


@pytest.fixture
def reads(monkeypatch):
    counting = CountingReads()
    monkeypatch.setattr(version, "cache", counting)
    return counting


@pytest.fixture
def in_a_request():
    """request_started/request_finished sent by hand, the test's database connection kept."""
    request_started.disconnect(close_old_connections)
    request_started.send(sender=None)
    yield
    request_finished.disconnect(close_old_connections)
    request_finished.send(sender=None)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_a_search_reads_the_version_once(client, corpus, reads):
    client.get("/search/", {"q": "housing"})
    reads.keys.clear()
    assert client.get("/search/", {"q": "housing", "theme": "housing"}).status_code == 200
    assert reads.keys[version.KEY] == 1


def test_a_request_sees_the_version_it_moves_on(db, in_a_request, reads):
    cache.set(version.KEY, 7, timeout=None)
    before = version.current()
    assert version.current() == before
    version.bump()
    assert version.current() != before
    assert reads.keys[version.KEY] == 2


def test_outside_a_request_each_read_asks_the_cache(db, reads):
    cache.set(version.KEY, 7, timeout=None)
    assert version.current() == 7
    cache.set(version.KEY, 41, timeout=None)
    assert version.current() == 41
    assert reads.keys[version.KEY] == 2
