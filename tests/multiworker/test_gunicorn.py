"""Production settings under gunicorn with three workers: nothing stale or private is served and
the application limit holds, whichever worker answers.

Starts gunicorn on a free loopback port with a throwaway database (a temporary SQLite file, or a
new PostgreSQL database when DATABASE_URL is PostgreSQL) and Redis database 5 as the cache;
skipped when Redis is not reachable. The figures are recorded in docs/reliability.md.
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
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

pytestmark = pytest.mark.gunicorn

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/5"
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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path):
    """A database of its own: PostgreSQL beside the configured one, or a temporary SQLite file."""
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'hub.sqlite3'}", None
    import psycopg

    parts = urlsplit(configured)
    name = f"ccin_gunicorn_{uuid.uuid4().hex[:8]}"
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return parts._replace(path=f"/{name}").geturl(), (admin, name)


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
        """The worker process ids that answered requests logged after line `since`."""
        lines = self.access_log.read_text().splitlines()[since:]
        return {line.split()[0] for line in lines if line.strip()}

    def log_length(self):
        return len(self.access_log.read_text().splitlines())


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    problem = redis_reachable()
    if problem:
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {problem}")
    tmp_path = tmp_path_factory.mktemp("gunicorn")
    url, created = database_url(tmp_path)
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY="multi-worker-check-" + uuid.uuid4().hex + uuid.uuid4().hex,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=url,
        REDIS_URL=REDIS_URL,
        SECURE_SSL_REDIRECT="0",
        MEDIA_ROOT=str(tmp_path / "media"),
        # One proxy in front, as in production behind a load balancer: the client is the last
        # X-Forwarded-For entry, whatever the client wrote further left.
        TRUSTED_PROXY_COUNT="1",
        LOG_LEVEL="WARNING",
    )
    access_log = tmp_path / "access.log"
    access_log.touch()
    server = None
    try:
        hub = Hub(port, env, access_log, built=None)
        # The release step, then the site.
        hub.manage("manage.py", "migrate", "--no-input", "--verbosity", "0")
        hub.manage("manage.py", "createcachetable")
        hub.manage("manage.py", "collectstatic", "--no-input", "--verbosity", "0")
        hub.built = hub.site("build")
        server = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "hub.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(WORKERS),
                "--timeout",
                "60",
                "--access-logfile",
                str(access_log),
                "--access-logformat",
                "%(p)s %(s)s %(r)s",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115 (closed with the process)
            start_new_session=True,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
            try:
                if hub.request("GET", "/")[0] == 200:
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


def titles_in(body, title):
    return body.count(title)


def test_an_unpublished_page_is_gone_from_every_worker(hub):
    built = hub.built
    search = "/search/?" + urlencode({"q": built["query"]})
    api = "/api/search/?" + urlencode({"q": built["query"]})
    # Every worker has served the page and built its search catalogue with it.
    before = hub.get_many(built["page_url"]) + hub.get_many(search) + hub.get_many(api)
    assert all(status == 200 for status, _, _ in before)
    assert all(built["title"] in body for _, _, body in before)

    hub.site("unpublish", built["page_id"])
    start = hub.log_length()
    pages = hub.get_many(built["page_url"])
    searches = hub.get_many(search)
    apis = hub.get_many(api)
    workers = hub.workers_seen(start)

    print(f"\nunpublish: page statuses {Counter(s for s, _, _ in pages)}, workers {len(workers)}")
    assert [status for status, _, _ in pages] == [404] * REQUESTS
    assert [built["title"] in body for _, _, body in searches] == [False] * REQUESTS
    assert [built["title"] in body for _, _, body in apis] == [False] * REQUESTS
    assert len(workers) >= 2, "the requests did not reach several workers"


def test_a_document_moved_into_a_private_collection_is_served_by_no_worker(hub):
    built = hub.built
    hub.site("make-private", built["document_id"])
    start = hub.log_length()
    responses = hub.get_many(built["document_url"])
    workers = hub.workers_seen(start)
    statuses = Counter(status for status, _, _ in responses)
    print(f"\nprivate document: statuses {dict(statuses)}, workers {len(workers)}")
    assert statuses[200] == 0
    assert not any("Zephyrine co-operative findings" in body for _, _, body in responses)
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
