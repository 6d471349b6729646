"""The health endpoints: what they check, what they say when something fails, and that load
balancer probes reach them over plain HTTP and by any host name, uncached."""

import ast
import json
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from search.spelling import refresh_vocabulary
from tests.helpers.environment import PRODUCTION_ENV, load_settings

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Nothing listens on port 1: every cache operation fails to connect.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:very-secret-password@127.0.0.1:1/0",
    }
}


def health(client, path="/health/", **extra):
    response = client.get(path, **extra)
    return response, json.loads(response.content)


def test_a_healthy_hub_answers_ok_with_every_check(client):
    response, body = health(client)
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "task_queue"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["checks"]["task_queue"] == {"ok": True, "backend": "immediate"}


@pytest.mark.parametrize("path", ["/health/", "/health/worker/"])
def test_health_answers_are_never_cached(client, path):
    response = client.get(path)
    assert "no-store" in response["Cache-Control"]
    assert "Set-Cookie" not in response


def test_only_get_and_head_are_answered(client):
    assert client.head("/health/").status_code == 200
    response = client.post("/health/")
    assert response.status_code == 405
    assert "no-store" in response["Cache-Control"]


def test_an_unreachable_cache_fails_the_check_without_saying_where_it_is(client):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response, body = health(client)
    assert response.status_code == 503
    assert body["status"] == "failing"
    assert body["checks"]["cache"] == {"ok": False, "error": "ConnectionError"}
    assert body["checks"]["database"]["ok"]
    assert "127.0.0.1" not in response.content.decode()
    assert "very-secret-password" not in response.content.decode()


def test_an_unreachable_page_cache_fails_the_check(client):
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": UNREACHABLE_REDIS["default"],
    }
    with override_settings(CACHES=caches):
        response, body = health(client)
    assert response.status_code == 503
    assert body["checks"]["cache"] == {"ok": False, "error": "ConnectionError"}


@override_settings(TASKS=DATABASE_TASKS)
def test_the_task_queue_check_counts_ready_tasks_and_their_wait(client):
    refresh_vocabulary.enqueue()
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=5))
    response, body = health(client)
    assert response.status_code == 200
    queue = body["checks"]["task_queue"]
    assert queue["backend"] == "database"
    assert queue["ready"] == 1
    assert 295 <= queue["oldest_ready_seconds"] <= 360


@override_settings(TASKS=DATABASE_TASKS, HEALTH_TASK_MAX_WAIT_SECONDS=600)
def test_the_worker_check_fails_when_a_ready_task_waits_too_long(client):
    refresh_vocabulary.enqueue()
    response, body = health(client, "/health/worker/")
    assert response.status_code == 200
    assert body["checks"]["task_worker"]["ready"] == 1

    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=11))
    response, body = health(client, "/health/worker/")
    assert response.status_code == 503
    assert (
        "is a task worker (manage.py db_worker) running?"
        in (body["checks"]["task_worker"]["error"])
    )
    # The web process can still serve: the load balancer's probe stays healthy.
    assert health(client)[0].status_code == 200


@override_settings(TASKS=DATABASE_TASKS, HEALTH_TASK_MAX_WAIT_SECONDS=600)
def test_tasks_already_taken_by_a_worker_are_not_waiting(client):
    refresh_vocabulary.enqueue()
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(hours=2), status="RUNNING")
    response, body = health(client, "/health/worker/")
    assert response.status_code == 200
    assert body["checks"]["task_worker"]["ready"] == 0


@override_settings(ALLOWED_HOSTS=["hub.example.org"])
def test_a_probe_by_an_address_outside_allowed_hosts_is_answered(client):
    assert client.get("/health/", HTTP_HOST="10.0.3.17:8000").status_code == 200
    # Only the health endpoints: everything else still refuses an unknown host.
    assert client.get("/", HTTP_HOST="10.0.3.17:8000").status_code == 400


def test_production_lets_probes_use_plain_http(client):
    code, output = load_settings(
        "hub.settings.production", "s.SECURE_REDIRECT_EXEMPT", **PRODUCTION_ENV
    )
    assert code == 0, output
    exempt = ast.literal_eval(output.strip().splitlines()[-1])
    with override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=exempt):
        assert client.get("/health/").status_code == 200
        assert client.get("/health/worker/").status_code == 200
        assert client.get("/").status_code == 301
        assert client.get("/health/anything-else/").status_code == 301


@pytest.mark.parametrize("value", ["0", "-5", "soon"])
def test_a_wait_limit_that_is_not_a_positive_number_is_refused(value):
    code, output = load_settings(
        "hub.settings.production", **PRODUCTION_ENV, HEALTH_TASK_MAX_WAIT_SECONDS=value
    )
    assert code != 0
    assert "HEALTH_TASK_MAX_WAIT_SECONDS must be" in output
