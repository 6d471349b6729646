"""gunicorn.conf.py: its values come from the environment, with defaults for a small server,
and gunicorn itself accepts the file and loads the hub with it."""

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.environment import PRODUCTION_ENV, ROOT, environment

CONFIG = ROOT / "gunicorn.conf.py"
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
VARIABLES = (
    "PORT",
    "WEB_CONCURRENCY",
    "GUNICORN_THREADS",
    "GUNICORN_TIMEOUT",
    "GUNICORN_GRACEFUL_TIMEOUT",
    "GUNICORN_KEEPALIVE",
    "GUNICORN_MAX_REQUESTS",
    "GUNICORN_PRELOAD",
    "LOG_LEVEL",
)


@pytest.fixture
def load_config(monkeypatch):
    def load(**env):
        for name in VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(CONFIG))

    return load


def test_the_defaults_suit_a_small_server(load_config):
    config = load_config()
    assert config["wsgi_app"] == "hub.wsgi:application"
    assert config["bind"] == ["0.0.0.0:8000"]
    assert (config["workers"], config["threads"]) == (3, 1)
    assert (config["timeout"], config["graceful_timeout"]) == (60, 30)
    assert config["max_requests"] == 1000
    assert config["max_requests_jitter"] == 100
    assert config["accesslog"] == "-"
    assert config["preload_app"] is True


def test_loading_the_hub_once_for_every_worker_can_be_turned_off(load_config):
    assert load_config(GUNICORN_PRELOAD="0")["preload_app"] is False
    assert load_config(GUNICORN_PRELOAD="on")["preload_app"] is True


def test_the_environment_sets_workers_threads_and_timeouts(load_config):
    config = load_config(
        PORT="9000",
        WEB_CONCURRENCY="5",
        GUNICORN_THREADS="4",
        GUNICORN_TIMEOUT="120",
        GUNICORN_GRACEFUL_TIMEOUT="45",
        GUNICORN_KEEPALIVE="90",
        GUNICORN_MAX_REQUESTS="0",
        LOG_LEVEL="WARNING",
    )
    assert config["bind"] == ["0.0.0.0:9000"]
    assert (config["workers"], config["threads"]) == (5, 4)
    assert (config["timeout"], config["graceful_timeout"], config["keepalive"]) == (120, 45, 90)
    assert (config["max_requests"], config["max_requests_jitter"]) == (0, 0)
    assert config["logconfig_dict"]["loggers"]["gunicorn.error"]["level"] == "WARNING"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("GUNICORN_TIMEOUT", "sixty", "GUNICORN_TIMEOUT must be a whole number, not 'sixty'."),
        ("GUNICORN_THREADS", "0", "GUNICORN_THREADS must be at least 1, not 0."),
        ("GUNICORN_MAX_REQUESTS", "-1", "GUNICORN_MAX_REQUESTS must be at least 0, not -1."),
        ("GUNICORN_PRELOAD", "maybe", "GUNICORN_PRELOAD must be on or off"),
    ],
)
def test_a_wrong_value_stops_gunicorn_with_a_clear_message(load_config, name, value, message):
    with pytest.raises(SystemExit, match=message):
        load_config(**{name: value})


def test_gunicorn_accepts_the_file_and_loads_the_hub_with_it():
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--config",
            str(CONFIG),
            "--check-config",
        ],
        cwd=ROOT,
        env=environment(
            DJANGO_SETTINGS_MODULE="hub.settings.production",
            WEB_CONCURRENCY="2",
            **PRODUCTION_ENV,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
