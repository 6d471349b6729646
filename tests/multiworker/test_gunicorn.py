"""Production settings under gunicorn with three workers: nothing stale or private is served and
the application limit holds, whichever worker answers.

Starts gunicorn on a free loopback port with a throwaway database (a temporary SQLite file, or a
new PostgreSQL database when DATABASE_URL is PostgreSQL) and Redis database 5 as the cache
(MULTIWORKER_REDIS_URL names another); those tests are skipped when Redis is not reachable.
Search is checked again on a second site whose workers have no shared cache at all (each its
own local memory): what search and suggestions return must come from the database alone.
The figures are recorded in docs/reliability.md.
"""

import http.client
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter, namedtuple
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest

pytestmark = [pytest.mark.gunicorn, pytest.mark.heavy]

ROOT = Path(__file__).resolve().parents[2]
# Another Redis database may be named, so that checks running side by side keep apart.
REDIS_URL = os.environ.get("MULTIWORKER_REDIS_URL", "redis://127.0.0.1:6379/5")
WORKERS = 3
REQUESTS = 15
START_TIMEOUT = 120
COMMAND_TIMEOUT = 600


def redis_reachable():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as exc:  # any failure means there is no Redis to test with
        return str(exc)
    return None


# A database's address, and (admin address, name) for a PostgreSQL one made here.
Database = namedtuple("Database", "url created")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path, template):
    """A database of its own, a copy of the run's migrated database `template`: beside it on
    PostgreSQL, else in a temporary SQLite file."""
    if not template.name:
        path = tmp_path / "hub.sqlite3"
        template.copy_to_file(path)
        return Database(f"sqlite:///{path}", None)
    name = f"ccin_gunicorn_{uuid.uuid4().hex[:8]}"
    return Database(template.copy_to_postgres(name), (template.admin_url(), name))


def drop_database(created):
    import psycopg

    admin, name = created
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Hub:
    """The running site: its address, environment, access log and what was built in it."""

    def __init__(self, port, env, access_log, built):
        self.port, self.env, self.access_log, self.built = port, env, access_log, built

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(
                method, path, body=body, headers={"Connection": "close", **(headers or {})}
            )
            response = connection.getresponse()
            return (
                response.status,
                dict(response.getheaders()),
                response.read().decode(errors="replace"),
            )
        finally:
            connection.close()

    def get_many(self, path, count=REQUESTS, headers=None):
        """`count` GETs, five at a time so that several workers are busy at once."""
        with ThreadPoolExecutor(max_workers=5) as pool:
            return list(
                pool.map(lambda _: self.request("GET", path, headers=headers), range(count))
            )

    def manage(self, *args, tasks="immediate"):
        # Changes made outside the web processes, as comms' admin session or a script would.
        result = subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            env={**self.env, "TASKS_BACKEND": tasks},
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def site(self, *args):
        return json.loads(
            self.manage("-m", "tests.multiworker.site", *map(str, args)).splitlines()[-1]
        )

    def workers_seen(self, since):
        """The worker process ids that answered requests logged after line `since` (gunicorn's
        access lines, JSON as gunicorn.conf.py writes them on standard output; without an
        EMAIL_HOST the hub's emails are printed there too, and are skipped)."""
        lines = self.access_log.read_text().splitlines()[since:]
        records = [json.loads(line) for line in lines if line.startswith('{"')]
        return {record["process"] for record in records if record["logger"] == "gunicorn.access"}

    def log_length(self):
        return len(self.access_log.read_text().splitlines())


def deployment_env(tmp_path, settings_module, url):
    """The environment a deployment gives the hub's processes."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_", "MULTIWORKER_"))
        and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY="multi-worker-check-" + uuid.uuid4().hex + uuid.uuid4().hex,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=url,
        SECURE_SSL_REDIRECT="0",
        MEDIA_ROOT=str(tmp_path / "media"),
        # Its own collected files: the rest of the suite may be reading the project's.
        STATIC_ROOT=str(tmp_path / "static"),
        # One proxy in front, as in production behind a load balancer: the client is the last
        # X-Forwarded-For entry, whatever the client wrote further left.
        TRUSTED_PROXY_COUNT="1",
        LOG_LEVEL="WARNING",
    )
    return env


@contextmanager
def serving(tmp_path, settings_module, migrated, redis_url=None):
    """Deploy to a copy of the run's `migrated` database and run gunicorn on it; yields the
    Hub."""
    url, created = database_url(tmp_path, migrated)
    port = free_port()
    env = deployment_env(tmp_path, settings_module, url)
    if redis_url:
        env["REDIS_URL"] = redis_url
    access_log = tmp_path / "access.log"
    access_log.touch()
    server = None
    try:
        hub = Hub(port, env, access_log, built=None)
        # The release step (its migrations already applied to the copy), then the site.
        hub.manage("manage.py", "migrate", "--no-input", "--verbosity", "0")
        hub.manage("manage.py", "createcachetable")
        hub.manage("manage.py", "collectstatic", "--no-input", "--verbosity", "0")
        hub.built = hub.site("build")
        # The production configuration, with its workers set as a deployment sets them.
        server = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "--config",
                "gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env={**env, "WEB_CONCURRENCY": str(WORKERS), "GUNICORN_TIMEOUT": "60"},
            stdout=open(access_log, "w"),  # noqa: SIM115 (closed with the process)
            stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115 (closed with the process)
            start_new_session=True,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
            try:
                if hub.request("GET", "/health/")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not start in time"
            time.sleep(0.5)
        yield hub
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=10)
        if created:
            drop_database(created)


@pytest.fixture(scope="module")
def hub(tmp_path_factory, migrated_database):
    """Production settings with Redis as the shared cache."""
    problem = redis_reachable()
    if problem:
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {problem}")
    directory = tmp_path_factory.mktemp("gunicorn")
    with serving(directory, "hub.settings.production", migrated_database, REDIS_URL) as hub:
        yield hub


@pytest.fixture(scope="module")
def hub_without_shared_cache(tmp_path_factory, migrated_database):
    """Production settings, but each worker with a cache of its own (local memory)."""
    directory = tmp_path_factory.mktemp("gunicorn-local-cache")
    with serving(directory, "tests.multiworker.local_cache_settings", migrated_database) as hub:
        yield hub


SUGGESTIONS = 9


def api_search(query):
    return "/api/search/?" + urlencode({"q": query})


def api_suggest(prefix):
    return "/api/search/suggest/?" + urlencode({"q": prefix})


def json_bodies(responses):
    assert [status for status, _, _ in responses] == [200] * len(responses)
    return [json.loads(body) for _, _, body in responses]


def shows(results, title, url):
    """Whether any search result or promotion names this title or address."""
    return any(
        result["title"] == title or result["url"] == url or title in result["snippet"]
        for result in results["results"] + results["promotions"]
    )


def suggests(suggestions, title, url):
    return any(s["label"] == title or s["url"] == url for s in suggestions["suggestions"])


def test_an_unpublished_page_is_gone_from_every_worker(hub):
    built = hub.built
    search = "/search/?" + urlencode({"q": built["query"]})
    api = api_search(built["query"])
    # Every worker has served the page and searched for it (warming its caches). The HTML
    # results mark the matched words inside titles, so they are recognised by the page's link.
    link = f'href="{built["page_url"]}"'
    pages = hub.get_many(built["page_url"])
    searches = hub.get_many(search)
    apis = hub.get_many(api)
    assert all(status == 200 for status, _, _ in pages + searches + apis)
    assert all(built["title"] in body for _, _, body in pages + apis)
    assert all(link in body for _, _, body in searches)

    hub.site("unpublish", built["page_id"])
    start = hub.log_length()
    pages = hub.get_many(built["page_url"])
    searches = hub.get_many(search)
    apis = hub.get_many(api)
    workers = hub.workers_seen(start)

    print(f"\nunpublish: page statuses {Counter(s for s, _, _ in pages)}, workers {len(workers)}")
    assert [status for status, _, _ in pages] == [404] * REQUESTS
    assert [link in body for _, _, body in searches] == [False] * REQUESTS
    assert [built["title"] in body for _, _, body in apis] == [False] * REQUESTS
    assert len(workers) >= 2, "the requests did not reach several workers"


def test_a_page_published_from_outside_shows_in_every_worker_at_once(hub):
    """The listing is served from the shared page cache until a page is published from another
    process (a command, as an import or a scheduled publish is); then every worker shows it."""
    listing = hub.built["page_url"].rsplit("/", 2)[0] + "/"
    warmed = hub.get_many(listing)
    assert [status for status, _, _ in warmed] == [200] * REQUESTS
    assert any(headers.get("X-Page-Cache") == "hit" for _, headers, _ in warmed)

    published = hub.site("publish")
    start = hub.log_length()
    responses = hub.get_many(listing)
    workers = hub.workers_seen(start)
    while len(workers) < WORKERS and len(responses) < 4 * REQUESTS:
        responses += hub.get_many(listing, count=5)
        workers = hub.workers_seen(start)

    print(f"\npage cache after a publish: {len(responses)} requests, workers {len(workers)}")
    assert [published["title"] in body for _, _, body in responses] == [True] * len(responses)
    assert any(headers.get("X-Page-Cache") == "hit" for _, headers, _ in responses)
    assert len(workers) == WORKERS, "the requests did not reach every worker"


def redis_reads_of_stored_pages():
    """How many MGETs (a stored page with the generation) the Redis has answered."""
    import redis

    return (
        redis.Redis.from_url(REDIS_URL).info("commandstats").get("cmdstat_mget", {}).get("calls", 0)
    )


def test_stored_pages_are_answered_from_each_workers_copies_until_anything_changes(hub):
    """Each worker answers a stored page from its own copy, without asking Redis, while
    Redis's notices say nothing changed (what a change does: the test below)."""
    listing = hub.built["page_url"].rsplit("/", 2)[0] + "/"
    start = hub.log_length()
    warmed = hub.get_many(listing, count=4 * REQUESTS)
    assert len(hub.workers_seen(start)) == WORKERS, "the requests did not reach every worker"
    reads_before = redis_reads_of_stored_pages()
    answered = hub.get_many(listing, count=4 * REQUESTS)
    reads = redis_reads_of_stored_pages() - reads_before
    print(f"\npage copies: {len(answered)} hits, {reads} reads of Redis")
    assert all(headers.get("X-Page-Cache") == "hit" for _, headers, _ in warmed[-5:] + answered)
    assert reads < len(answered) // 4


def test_a_document_moved_into_a_private_collection_is_served_by_no_worker(hub):
    built = hub.built
    before = hub.get_many(built["document_url"])
    assert [status for status, _, _ in before] == [200] * REQUESTS
    hub.site("make-private", built["document_id"])
    start = hub.log_length()
    responses = hub.get_many(built["document_url"])
    workers = hub.workers_seen(start)
    statuses = Counter(status for status, _, _ in responses)
    print(f"\nprivate document: statuses {dict(statuses)}, workers {len(workers)}")
    assert statuses[200] == 0
    assert not any(built["document_text"] in body for _, _, body in responses)
    assert len(workers) >= 2, "the requests did not reach several workers"


# Without a shared cache: search and suggestions from the database alone


def test_without_a_shared_cache_an_unpublished_page_leaves_every_workers_search(
    hub_without_shared_cache,
):
    hub = hub_without_shared_cache
    built = hub.built
    title, url, prefix = built["title"], built["page_url"], built["query"][:6]
    # Every worker finds the page first, and so holds whatever it keeps in its own memory.
    searches = json_bodies(hub.get_many(api_search(built["query"])))
    suggestions = json_bodies(hub.get_many(api_suggest(prefix), count=SUGGESTIONS))
    assert all(shows(results, title, url) for results in searches)
    assert all(suggests(found, title, url) for found in suggestions)

    hub.site("unpublish", built["page_id"])
    start = hub.log_length()
    searches = json_bodies(hub.get_many(api_search(built["query"])))
    suggestions = json_bodies(hub.get_many(api_suggest(prefix), count=SUGGESTIONS))
    workers = hub.workers_seen(start)

    print(f"\nunpublish without a shared cache: workers {len(workers)}")
    assert [shows(results, title, url) for results in searches] == [False] * REQUESTS
    assert [results["count"] for results in searches] == [0] * REQUESTS
    assert [suggests(found, title, url) for found in suggestions] == [False] * SUGGESTIONS
    assert len(workers) >= 2, "the requests did not reach several workers"


def test_without_a_shared_cache_a_document_made_private_leaves_every_workers_search(
    hub_without_shared_cache,
):
    hub = hub_without_shared_cache
    built = hub.built
    title, url = built["document_title"], built["document_url"]
    search = api_search(built["document_query"])
    # Suggestions name pages and themes only, so only the results are checked here.
    before = json_bodies(hub.get_many(search))
    assert all(shows(results, title, url) for results in before)
    assert all(any(r["document_url"] == url for r in results["results"]) for results in before)

    hub.site("make-private", built["document_id"])
    start = hub.log_length()
    searches = json_bodies(hub.get_many(search))
    files = hub.get_many(url)
    workers = hub.workers_seen(start)

    print(f"\nprivate document without a shared cache: workers {len(workers)}")
    assert [shows(results, title, url) for results in searches] == [False] * REQUESTS
    assert not any(
        r["type"] == "document" or r["document_url"] == url
        for results in searches
        for r in results["results"]
    )
    assert [status for status, _, _ in files].count(200) == 0
    assert len(workers) >= 2, "the requests did not reach several workers"


def test_without_a_shared_cache_a_page_made_members_only_leaves_every_workers_search(
    hub_without_shared_cache,
):
    hub = hub_without_shared_cache
    published = hub.site("publish-sandwort")
    title, url, query = published["title"], published["page_url"], published["query"]
    # Every worker finds the page first, and so holds whatever it keeps in its own memory.
    searches = json_bodies(hub.get_many(api_search(query)))
    suggestions = json_bodies(hub.get_many(api_suggest(query[:6]), count=SUGGESTIONS))
    assert all(shows(results, title, url) for results in searches)
    assert all(suggests(found, title, url) for found in suggestions)

    hub.site("members-only", published["page_id"])
    start = hub.log_length()
    searches = json_bodies(hub.get_many(api_search(query)))
    suggestions = json_bodies(hub.get_many(api_suggest(query[:6]), count=SUGGESTIONS))
    workers = hub.workers_seen(start)

    print(f"\nmembers-only page without a shared cache: workers {len(workers)}")
    assert [shows(results, title, url) for results in searches] == [False] * REQUESTS
    assert [results["count"] for results in searches] == [0] * REQUESTS
    assert [suggests(found, title, url) for found in suggestions] == [False] * SUGGESTIONS
    assert len(workers) >= 2, "the requests did not reach several workers"


def test_without_a_shared_cache_a_page_published_from_outside_is_found_by_every_worker(
    hub_without_shared_cache,
):
    hub = hub_without_shared_cache
    query = "Marram"
    # Every worker has searched for it before it exists, and found nothing.
    before = json_bodies(hub.get_many(api_search(query)))
    assert [results["count"] for results in before] == [0] * REQUESTS

    published = hub.site("publish")
    title, url = published["title"], published["page_url"]
    start = hub.log_length()
    searches = json_bodies(hub.get_many(api_search(query)))
    suggestions = json_bodies(hub.get_many(api_suggest(query), count=SUGGESTIONS))
    workers = hub.workers_seen(start)
    # Further searches until every worker has answered (the first ones usually reach all three).
    while len(workers) < WORKERS and len(searches) < 4 * REQUESTS:
        searches += json_bodies(hub.get_many(api_search(query), count=5))
        workers = hub.workers_seen(start)

    print(f"\npublish without a shared cache: {len(searches)} searches, workers {len(workers)}")
    assert [shows(results, title, url) for results in searches] == [True] * len(searches)
    assert [suggests(found, title, url) for found in suggestions] == [True] * SUGGESTIONS
    assert len(workers) == WORKERS, "the requests did not reach every worker"


def test_without_a_shared_cache_every_worker_finds_by_meaning_what_is_published_and_not_after(
    hub_without_shared_cache,
):
    hub = hub_without_shared_cache
    published = hub.site("publish-kelp")
    title, url, query = published["title"], published["page_url"], published["query"]
    start = hub.log_length()
    searches = json_bodies(hub.get_many(api_search(query)))
    workers = hub.workers_seen(start)
    while len(workers) < WORKERS and len(searches) < 4 * REQUESTS:
        searches += json_bodies(hub.get_many(api_search(query), count=5))
        workers = hub.workers_seen(start)
    assert [shows(results, title, url) for results in searches] == [True] * len(searches)
    assert len(workers) == WORKERS, "the requests did not reach every worker"

    hub.site("unpublish", published["page_id"])
    start = hub.log_length()
    searches = json_bodies(hub.get_many(api_search(query)))
    workers = hub.workers_seen(start)

    print(f"\nby meaning without a shared cache: workers {len(workers)}")
    assert [shows(results, title, url) for results in searches] == [False] * REQUESTS
    assert len(workers) >= 2, "the requests did not reach several workers"


def application_form(hub, built):
    status, headers, body = hub.request("GET", built["apply_url"])
    assert status == 200
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    return cookie, token


def test_sixteen_applications_from_one_address_and_five_are_accepted(hub):
    built = hub.built
    cookie, token = application_form(hub, built)
    # This run's client address, so earlier runs' counts in Redis do not matter; each request
    # forges a different address on the left, which must make no difference.
    client = f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"

    def apply(number):
        data = {
            "csrfmiddlewaretoken": token,
            "lead_member": built["lead_member"],
            "contact_name": "Helen Chicot",
            "contact_job_title": "Prevention Lead",
            "contact_phone": "01706 925925",
            "contact_email": f"applicant{number}@example.org",
            "project_title": f"Bid {number}",
            "amount_requested": "15000",
            "summary": "A policy lab on co-operative engagement.",
            "partner_members": built["partner_members"],
            "other_partners": "",
            "idea_and_budget": "Shared spaces with people with lived experience.",
            "budget_breakdown": "",
            "outcomes": "A shareable delivery model.",
            "network_aims": "Democratic engagement.",
            "principles": built["principles"],
            "values_and_principles": "Self-help and solidarity.",
            "sharing_learning": "A report for the hub.",
            "agrees_to_show_cooperative_difference": "on",
            "website": "",
        }
        return hub.request(
            "POST",
            built["apply_url"],
            body=urlencode(data, doseq=True),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie}",
                "X-Forwarded-For": f"198.51.100.{number}, {client}",
            },
        )[0]

    start = hub.log_length()
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = Counter(pool.map(apply, range(16)))
    workers = hub.workers_seen(start)
    print(f"\napplications: {dict(statuses)}, workers {len(workers)}")
    assert statuses == {302: 5, 429: 11}
    assert len(workers) >= 2, "the requests did not reach several workers"
