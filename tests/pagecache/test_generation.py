"""The content generation: one shared token, renewed after every committed change."""

import pytest

from core.page_cache import generation

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
