"""A worker's own copies of stored pages (core/page_cache/local_copies.py, watch.py): answered
without a round trip to Redis only while Redis says their generation is current, and never once
any process has changed it. Run against a real Redis, as production's page cache is."""

import pickle
import time
import uuid

import pytest
import redis
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

from core.page_cache import generation, local_copies, storage
from core.page_cache.watch import GenerationWatch
from core.page_cache.wsgi import StoredPages
from tests import factories

from .test_wsgi_front import Answer, environ

REDIS_URL = "redis://127.0.0.1:6379/7"
DJANGO_ANSWERED = b"answered by Django"


def django(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [DJANGO_ANSWERED]


@pytest.fixture
def another_process():
    """A connection of its own to the Redis the page cache is in, as another worker, server or
    command would have."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.fail(f"the page cache's tests need Redis at {REDIS_URL}: {error}")
    yield client
    client.close()


@pytest.fixture
def redis_page_cache(settings, db, another_process):
    """The page cache in Redis, as in production, under a prefix of its own."""
    settings.CACHES = {
        "default": settings.DATABASE_CACHE,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-copies-{uuid.uuid4().hex}",
        },
    }
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    call_command("createcachetable", verbosity=0)
    yield
    caches["pages"].clear()


@pytest.fixture
def story(redis_page_cache, case_study_index, member):
    return factories.CaseStudyPageFactory(
        parent=case_study_index, title="Tenant-led repairs", lead_member=member
    )


@pytest.fixture
def front(story, client):
    """The web process's front with its copies, once the story's page is stored."""
    client.get(story.url)
    front = StoredPages(django)
    assert front.copies is not None
    yield front
    front.copies.watch.close()


@pytest.fixture
def shared_cache_reads(monkeypatch):
    reads = []
    read = storage.read

    def counted(key):
        reads.append(key)
        return read(key)

    monkeypatch.setattr(storage, "read", counted)
    return reads


def generation_key():
    return generation.store().make_key(generation.KEY)


def test_a_copy_is_answered_without_asking_redis_while_nothing_changes(
    front, story, shared_cache_reads
):
    first = Answer(front, environ(story.url))
    assert first.headers["X-Page-Cache"] == "hit"
    assert len(shared_cache_reads) == 1
    again = [Answer(front, environ(story.url)) for _ in range(5)]
    assert len(shared_cache_reads) == 1
    assert all(answer.body == first.body for answer in again)
    assert all(answer.headers["X-Page-Cache"] == "hit" for answer in again)


def test_a_change_made_by_another_process_is_never_answered_from_a_copy(
    front, story, another_process
):
    assert Answer(front, environ(story.url)).headers["X-Page-Cache"] == "hit"
    another_process.set(generation_key(), pickle.dumps("renewed"))
    answer = Answer(front, environ(story.url))
    assert answer.body == DJANGO_ANSWERED


def test_a_generation_deleted_or_flushed_elsewhere_is_never_answered_from_a_copy(
    front, story, another_process
):
    Answer(front, environ(story.url))
    another_process.delete(generation_key())
    assert Answer(front, environ(story.url)).body == DJANGO_ANSWERED
    # Once read again, a flush of any database on that Redis forgets it too.
    Answer(front, environ(story.url))
    front.copies.watch.token()
    redis.Redis.from_url("redis://127.0.0.1:6379/8").flushdb()
    assert front.copies.watch.token() is None


def test_a_change_made_in_this_process_is_seen_at_once(front, story, shared_cache_reads):
    Answer(front, environ(story.url))
    generation.renew()
    assert Answer(front, environ(story.url)).body == DJANGO_ANSWERED


def test_a_lost_connection_stops_the_copies_being_used(front, story, another_process):
    Answer(front, environ(story.url))
    assert front.copies.watch.token() is not None
    watching = [c for c in another_process.client_list() if "t" in c["flags"]]
    for connection in watching:
        another_process.client_kill_filter(_id=connection["id"])
    assert front.copies.watch.token() is None
    # Watching again, the page is read afresh from Redis, answered and kept again.
    assert Answer(front, environ(story.url)).headers["X-Page-Cache"] == "hit"
    assert front.copies.watch.token() is not None


def test_a_copy_is_not_answered_after_the_stored_page_would_have_expired(
    front, story, monkeypatch, shared_cache_reads
):
    Answer(front, environ(story.url))
    later = time.time() + 601
    monkeypatch.setattr(local_copies.time, "time", lambda: later)
    Answer(front, environ(story.url))
    assert len(shared_cache_reads) == 2


def test_copies_are_kept_within_their_room_the_least_recently_answered_dropped_first(
    front, story, case_study_index, member, client, shared_cache_reads
):
    other = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Community energy", lead_member=member
    )
    sizes = [len(client.get(page.url).content) for page in (other, story)]
    front.copies.max_bytes = max(sizes) * 3 // 2
    shared_cache_reads.clear()
    Answer(front, environ(story.url))
    Answer(front, environ(other.url))
    Answer(front, environ(story.url))
    assert len(shared_cache_reads) == 3


def test_copies_are_kept_only_where_redis_can_say_they_are_current(settings, redis_page_cache):
    assert isinstance(local_copies.for_this_process(), local_copies.LocalCopies)
    settings.PAGE_CACHE_LOCAL_BYTES = 0
    assert local_copies.for_this_process() is None
    settings.PAGE_CACHE_LOCAL_BYTES = 1024
    # Reads spread over replicas could see a generation older than the one the watch saw.
    replicas = {**settings.CACHES["pages"], "LOCATION": [REDIS_URL, "redis://replica:6379/7"]}
    with override_settings(CACHES={**settings.CACHES, "pages": replicas}):
        assert local_copies.for_this_process() is None
    with override_settings(CACHES={**settings.CACHES, "pages": settings.PAGES_DATABASE_CACHE}):
        assert local_copies.for_this_process() is None


def test_a_watch_without_redis_answers_nothing_and_does_not_retry_at_once():
    watch = GenerationWatch("redis://127.0.0.1:1/0", "k", socket_timeout=0.2)
    assert watch.token() is None
    started = time.monotonic()
    assert watch.token() is None
    assert time.monotonic() - started < 0.05
