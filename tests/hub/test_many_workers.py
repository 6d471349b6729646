"""Production is safe with many workers: a shared cache, queued tasks, and a check for both."""

import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from core.checks import cache_problems, shared_cache_check
from tests.helpers.environment import PRODUCTION_ENV, ROOT

PRINT_SETTINGS = (
    "import json, {module} as s; "
    "print(json.dumps([s.CACHES['default']['BACKEND'], s.TASKS['default']['BACKEND'], "
    "s.REQUIRE_SHARED_CACHE, s.CACHES['pages']]))"
)


def settings_of(module, **env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            *PRODUCTION_ENV,
            "REDIS_URL",
            "PAGE_CACHE_REDIS_URL",
            "TASKS_BACKEND",
            "DJANGO_SETTINGS_MODULE",
        }
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
    cache, _, required, pages = settings_of("hub.settings.production", **PRODUCTION_ENV)
    assert cache == "django.core.cache.backends.db.DatabaseCache"
    assert required is True
    # The page cache in a table of its own: culling it never touches the rate limits.
    assert pages["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert pages["LOCATION"] == "hub_page_cache"


def test_production_with_redis_uses_it():
    cache, _, _, pages = settings_of(
        "hub.settings.production", **PRODUCTION_ENV, REDIS_URL="redis://127.0.0.1:6379/0"
    )
    assert cache == "django_redis.cache.RedisCache"
    assert pages["BACKEND"] == "django_redis.cache.RedisCache"
    assert pages["LOCATION"] == "redis://127.0.0.1:6379/0"
    assert pages["KEY_PREFIX"] == "ccin-pages"


def test_production_may_keep_pages_in_a_redis_of_their_own():
    _, _, _, pages = settings_of(
        "hub.settings.production",
        **PRODUCTION_ENV,
        REDIS_URL="redis://127.0.0.1:6379/0",
        PAGE_CACHE_REDIS_URL="redis://pages.internal:6379/1",
    )
    assert pages["LOCATION"] == "redis://pages.internal:6379/1"


def test_production_queues_tasks_for_the_worker_by_default():
    _, tasks, _, _ = settings_of("hub.settings.production", **PRODUCTION_ENV)
    assert tasks == "django_tasks_db.DatabaseBackend"


def test_production_may_still_choose_immediate_tasks():
    _, tasks, _, _ = settings_of(
        "hub.settings.production", **PRODUCTION_ENV, TASKS_BACKEND="immediate"
    )
    assert tasks == "django_tasks.backends.immediate.ImmediateBackend"


def test_development_needs_nothing_installed():
    # The database cache: the development server and commands run beside it share it.
    cache, tasks, required, _ = settings_of("hub.settings.dev")
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
    settings.CACHES = {
        "default": {"BACKEND": backend, "LOCATION": "/tmp/unused"},
        "pages": settings.PAGES_DATABASE_CACHE,
    }
    errors = shared_cache_check()
    assert [error.id for error in errors] == ["hub.E001"]
    assert "REDIS_URL" in errors[0].hint
    with pytest.raises(SystemCheckError, match="hub.E001"):
        call_command("check")


@pytest.mark.parametrize(
    "pages",
    [None, {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}],
    ids=["missing", "local-memory"],
)
def test_production_refuses_a_page_cache_it_cannot_share(settings, pages):
    caches = {"default": settings.DATABASE_CACHE}
    if pages:
        caches["pages"] = pages
    problems = cache_problems(caches)
    assert len(problems) == 1 and '"pages" cache' in problems[0]
    settings.REQUIRE_SHARED_CACHE = True
    settings.CACHES = caches
    assert [error.id for error in shared_cache_check()] == ["hub.E001"]


def test_production_settings_refuse_to_start_with_an_unshared_page_cache(tmp_path):
    """hub/settings/production.py raises at import, as for a missing secret."""
    (tmp_path / "local_pages_settings.py").write_text(
        "from hub.settings import base\n"
        "base.CACHES = {**base.CACHES, 'pages': "
        "{'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}\n"
        "from hub.settings.production import *\n"
    )
    clean_env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-c", "import local_pages_settings"],
        cwd=ROOT,
        env={**clean_env, **PRODUCTION_ENV, "PYTHONPATH": f"{tmp_path}:{ROOT}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and '"pages" cache' in result.stderr


@pytest.mark.parametrize(
    "backend",
    [
        "django_redis.cache.RedisCache",
        "django.core.cache.backends.db.DatabaseCache",
        "django.core.cache.backends.memcached.PyMemcacheCache",
    ],
)
def test_the_check_accepts_shared_caches(settings, backend):
    settings.REQUIRE_SHARED_CACHE = True
    shared = {"BACKEND": backend, "LOCATION": "somewhere"}
    settings.CACHES = {"default": shared, "pages": shared}
    assert shared_cache_check() == []


def test_the_check_leaves_development_alone(settings):
    settings.REQUIRE_SHARED_CACHE = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert shared_cache_check() == []
