"""Production is safe with many workers: a shared cache, queued tasks, and a check for both."""

import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from core.checks import shared_cache_check
from tests.helpers.environment import PRODUCTION_ENV, ROOT

PRINT_SETTINGS = (
    "import json, {module} as s; "
    "print(json.dumps([s.CACHES['default']['BACKEND'], s.TASKS['default']['BACKEND'], "
    "s.REQUIRE_SHARED_CACHE]))"
)


def settings_of(module, **env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {*PRODUCTION_ENV, "REDIS_URL", "TASKS_BACKEND", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS.format(module=module)],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_without_redis_shares_the_database_cache():
    cache, _, required = settings_of("hub.settings.production", **PRODUCTION_ENV)
    assert cache == "django.core.cache.backends.db.DatabaseCache"
    assert required is True


def test_production_with_redis_uses_it():
    cache, _, _ = settings_of(
        "hub.settings.production", **PRODUCTION_ENV, REDIS_URL="redis://127.0.0.1:6379/0"
    )
    assert cache == "django.core.cache.backends.redis.RedisCache"


def test_production_queues_tasks_for_the_worker_by_default():
    _, tasks, _ = settings_of("hub.settings.production", **PRODUCTION_ENV)
    assert tasks == "django_tasks_db.DatabaseBackend"


def test_production_may_still_choose_immediate_tasks():
    _, tasks, _ = settings_of(
        "hub.settings.production", **PRODUCTION_ENV, TASKS_BACKEND="immediate"
    )
    assert tasks == "django_tasks.backends.immediate.ImmediateBackend"


def test_development_needs_nothing_installed():
    # The database cache: the development server and commands run beside it share it.
    cache, tasks, required = settings_of("hub.settings.dev")
    assert cache == "django.core.cache.backends.db.DatabaseCache"
    assert tasks == "django_tasks.backends.immediate.ImmediateBackend"
    assert required is False


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
        "django.core.cache.backends.filebased.FileBasedCache",
    ],
)
def test_the_check_refuses_a_process_local_cache_in_production(settings, backend):
    settings.REQUIRE_SHARED_CACHE = True
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": "/tmp/unused"}}
    errors = shared_cache_check()
    assert [error.id for error in errors] == ["hub.E001"]
    assert "REDIS_URL" in errors[0].hint
    with pytest.raises(SystemCheckError, match="hub.E001"):
        call_command("check")


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.redis.RedisCache",
        "django.core.cache.backends.db.DatabaseCache",
        "django.core.cache.backends.memcached.PyMemcacheCache",
    ],
)
def test_the_check_accepts_shared_caches(settings, backend):
    settings.REQUIRE_SHARED_CACHE = True
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": "somewhere"}}
    assert shared_cache_check() == []


def test_the_check_leaves_development_alone(settings):
    settings.REQUIRE_SHARED_CACHE = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert shared_cache_check() == []
