"""Production refuses to start without its secrets; the defaults need nothing installed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-for-tests-only-0123456789",
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "postgres://hub@db.example.org/hub",
}


def load_settings(module, **env):
    """Import a settings module in a fresh interpreter; return (exit code, output)."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {*PRODUCTION_ENV, "TASKS_BACKEND", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import {module} as s; print(s.DATABASES['default']['ENGINE'])"],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, result.stdout + result.stderr


def test_production_starts_with_its_secrets():
    code, output = load_settings("hub.settings.production", **PRODUCTION_ENV)
    assert code == 0, output
    assert "postgresql" in output


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without_a_secret(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    code, output = load_settings("hub.settings.production", **env)
    assert code != 0
    assert f"The environment variable {missing} must be set in production" in output


def test_an_unknown_task_backend_is_refused_with_a_clear_message():
    code, output = load_settings("hub.settings.dev", TASKS_BACKEND="celery")
    assert code != 0
    assert "TASKS_BACKEND must be one of immediate, database" in output


def test_the_default_is_sqlite_with_no_configuration():
    code, output = load_settings("hub.settings.dev")
    assert code == 0, output
    assert "sqlite3" in output


def test_a_malformed_number_is_refused_with_a_clear_message():
    code, output = load_settings("hub.settings.dev", DOCUMENT_EXTRACTION_TIMEOUT="soon")
    assert code != 0
    assert "DOCUMENT_EXTRACTION_TIMEOUT must be a whole number, not 'soon'" in output
