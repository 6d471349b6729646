"""The content generation: one shared token, renewed after every committed change."""

from collections import Counter

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from core.page_cache import generation
from tests import factories
from tests.helpers.cache_reads import CacheReads

from .probes import stored_token


@pytest.fixture(autouse=True)
def shared_cache(page_cache):
    pass


def test_many_changes_in_one_transaction_renew_it_once_after_the_commit(
    django_capture_on_commit_callbacks,
):
    before = generation.current()
    with django_capture_on_commit_callbacks() as callbacks:
        generation.changed()
        generation.changed()
        generation.changed()
    assert stored_token() == before, "other processes saw a token before the commit"
    first, *rest = callbacks
    first()
    renewed = stored_token()
    for callback in rest:
        callback()
    assert renewed != before
    assert stored_token() == renewed


def test_a_later_transaction_renews_it_again(django_capture_on_commit_callbacks):
    tokens = [generation.current()]
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            generation.changed()
        tokens.append(stored_token())
    assert len(set(tokens)) == 3


def test_the_changing_thread_reads_a_new_token_before_the_commit(
    django_capture_on_commit_callbacks,
):
    before = generation.current()
    with django_capture_on_commit_callbacks():
        generation.changed()
        assert generation.current() != before


def test_a_lost_token_is_replaced_by_a_new_one():
    before = generation.current()
    generation.store().delete(generation.KEY)
    assert generation.current() not in (None, before)


def test_a_cached_fact_lasts_until_the_content_changes(django_capture_on_commit_callbacks):
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert generation.cached("fact", build) == 1
    assert generation.cached("fact", build) == 1
    with django_capture_on_commit_callbacks(execute=True):
        generation.changed()
    assert generation.cached("fact", build) == 2


def test_facts_kept_together_are_read_in_one_round_trip_and_built_once(
    django_capture_on_commit_callbacks, monkeypatch
):
    builds = Counter()

    def build(name):
        def make():
            builds[name] += 1
            return f"{name} {builds[name]}"

        return make

    assert generation.cached("first", build("first")) == "first 1"
    reads = CacheReads(generation.store())
    monkeypatch.setattr(generation, "store", lambda: reads)
    facts = generation.cached_many({"first": build("first"), "second": build("second")})
    assert facts == {"first": "first 1", "second": "second 1"}
    assert reads.round_trips == 2  # the generation's token, then both facts at once
    assert generation.cached("second", build("second")) == "second 1"
    with django_capture_on_commit_callbacks(execute=True):
        generation.changed()
    facts = generation.cached_many({"first": build("first"), "second": build("second")})
    assert facts == {"first": "first 2", "second": "second 2"}


def test_a_request_reads_the_generation_and_each_fact_once(
    visitor, home_page, settings, monkeypatch
):
    """The header, the footer and the breadcrumbs share what one request read."""
    settings.PAGE_CACHE_SECONDS = 0
    page = factories.StandardPageFactory(parent=home_page)
    visitor.get(page.url)
    reads = CacheReads(generation.store())
    monkeypatch.setattr(generation, "store", lambda: reads)
    assert visitor.get(page.url).status_code == 200
    assert reads.keys[generation.KEY] == 1
    assert max(reads.keys.values()) == 1, reads.keys


@pytest.fixture
def request_signals_only():
    """request_started/request_finished sent by hand without closing the test's database
    connection, as Django's test client does for its requests."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_a_change_within_a_request_is_read_by_the_rest_of_it(
    django_capture_on_commit_callbacks, request_signals_only
):
    request_started.send(sender=None)
    try:
        before = generation.cached("fact", lambda: "before")
        with django_capture_on_commit_callbacks():
            generation.changed()
            assert generation.cached("fact", lambda: "after") == "after"
    finally:
        request_finished.send(sender=None)
    assert before == "before"


def test_outside_a_request_each_read_goes_to_the_shared_cache():
    generation.cached("fact", lambda: "first")
    generation.store().set(f"pagecache:fact:{stored_token()}", "changed elsewhere")
    assert generation.cached("fact", lambda: "unused") == "changed elsewhere"


def test_facts_read_ahead_cost_no_round_trip_of_their_own(request_signals_only, monkeypatch):
    """What a request will ask for is read in one round trip (a page's chrome before it is
    served, a listing's kept order with its form's facts), and found there when asked for."""
    generation.cached("first", lambda: "kept")
    generation.cached("second", lambda: "kept too")
    request_started.send(sender=None)
    try:
        reads = CacheReads(generation.store())
        monkeypatch.setattr(generation, "store", lambda: reads)
        generation.prefetch(["first", "not-kept-yet"])
        assert generation.cached("first", lambda: "unused") == "kept"
        assert generation.cached_many({"third": lambda: "new"}, also=["second"]) == {"third": "new"}
        assert generation.cached("second", lambda: "unused") == "kept too"
        assert reads.round_trips == 3  # the token, what was read ahead, the form's facts
        assert generation.cached("not-kept-yet", lambda: "built") == "built"
    finally:
        request_finished.send(sender=None)
