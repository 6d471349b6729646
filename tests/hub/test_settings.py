"""Production refuses to start without its secrets; the defaults need nothing installed."""

import pytest

from tests.helpers.environment import PRODUCTION_ENV, deploy_check, load_settings


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


def test_the_deploy_check_passes_under_production_settings():
    code, output = deploy_check(**PRODUCTION_ENV)
    assert code == 0, output
    assert "System check identified no issues (1 silenced)" in output


def test_the_deploy_check_passes_with_hsts_preload_too():
    code, output = deploy_check(**PRODUCTION_ENV, SECURE_HSTS_PRELOAD="true")
    assert code == 0, output
    assert "System check identified no issues (0 silenced)" in output


def test_hsts_preload_is_the_deployers_choice():
    expression = (
        "(s.SECURE_HSTS_PRELOAD, 'security.W021' in getattr(s, 'SILENCED_SYSTEM_CHECKS', []))"
    )
    code, output = load_settings("hub.settings.production", expression, **PRODUCTION_ENV)
    assert code == 0, output
    assert output.strip() == "(False, True)"
    env = {**PRODUCTION_ENV, "SECURE_HSTS_PRELOAD": "on"}
    code, output = load_settings("hub.settings.production", expression, **env)
    assert code == 0, output
    assert output.strip() == "(True, False)"


def test_allowed_hosts_are_trimmed():
    env = {**PRODUCTION_ENV, "ALLOWED_HOSTS": " hub.example.org , www.example.org ,"}
    code, output = load_settings("hub.settings.production", "s.ALLOWED_HOSTS", **env)
    assert code == 0, output
    assert output.strip() == "['hub.example.org', 'www.example.org']"


@pytest.mark.parametrize(
    "weak_key",
    [
        "short-but-random-Q7x",  # fewer than 50 characters
        "ab" * 30,  # fewer than 5 different characters
        "django-insecure-" + "k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8o9p0z1x2c3v4b5n6m7",  # Django's own
    ],
)
def test_production_refuses_a_weak_secret_key(weak_key):
    code, output = load_settings(
        "hub.settings.production", **{**PRODUCTION_ENV, "SECRET_KEY": weak_key}
    )
    assert code != 0
    assert "ImproperlyConfigured" in output
    assert "SECRET_KEY is too weak" in output
    assert weak_key not in output  # the key itself is never printed
