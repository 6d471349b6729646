"""Settings and management commands run in a fresh interpreter, under an environment the test
gives (production's secrets by default), so each sees the settings module load from scratch."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-for-tests-only-0123456789",
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "postgres://hub@db.example.org/hub",
}


def environment(**env):
    """This process's environment without any setting under test, plus `env`."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            *PRODUCTION_ENV,
            "TASKS_BACKEND",
            "DJANGO_SETTINGS_MODULE",
            "SECURE_HSTS_PRELOAD",
            "BASE_URL",
            # Set for the browser tests (tests/browser/conftest.py), never for a deployment.
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    return {**clean_env, **env}


def load_settings(module, expression="s.DATABASES['default']['ENGINE']", **env):
    """Import a settings module in a fresh interpreter and print `expression` (the module is
    `s`); return (exit code, output)."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module} as s; print({expression})"],
        cwd=ROOT,
        env=environment(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, result.stdout + result.stderr


def deploy_check(**env):
    """`manage.py check --deploy --fail-level WARNING` under production settings."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment(DJANGO_SETTINGS_MODULE="hub.settings.production", **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, result.stdout + result.stderr
