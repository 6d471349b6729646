"""WAGTAILSEARCH_BACKENDS is built from SEARCH_URL, SEARCH_BACKEND, SEARCH_INDEX_PREFIX and
SEARCH_TIMEOUT (searchserver/configuration.py, called from hub/settings/base.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from searchserver.configuration import SEARCH_SERVER_BACKENDS, search_backends

SQLITE = "django.db.backends.sqlite3"
POSTGRES = "django.db.backends.postgresql"
ROOT = Path(__file__).resolve().parents[2]


def test_embedded_default_is_the_database_backend_without_a_postgres_config():
    backend = search_backends(database_engine=SQLITE)["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.database"
    assert "SEARCH_CONFIG" not in backend
    assert "URLS" not in backend


def test_postgres_uses_the_english_configuration_for_stemming():
    backend = search_backends(database_engine=POSTGRES)["default"]
    assert backend == {
        "BACKEND": "wagtail.search.backends.database",
        "ATOMIC_REBUILD": True,
        "SEARCH_CONFIG": "english",
    }


def test_search_backend_database_without_url_is_accepted():
    backend = search_backends(database_engine=SQLITE, search_backend="database")["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.database"


@pytest.mark.parametrize("name", sorted(SEARCH_SERVER_BACKENDS))
def test_a_search_url_selects_the_named_server_backend(name):
    backend = search_backends(
        database_engine=POSTGRES,
        search_url="https://hub:secret@search.example.org:9200",
        search_backend=name.upper(),
    )["default"]
    assert backend["BACKEND"] == f"wagtail.search.backends.{name}"
    assert backend["URLS"] == ["https://hub:secret@search.example.org:9200"]
    assert backend["INDEX_PREFIX"] == "ccin_"
    assert backend["TIMEOUT"] == 10
    assert backend["ATOMIC_REBUILD"] is True
    analyzer = backend["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]
    assert analyzer["default"] == {"type": "english"}
    assert "SEARCH_CONFIG" not in backend


def test_server_defaults_to_elasticsearch9_and_takes_several_urls_prefix_and_timeout():
    backend = search_backends(
        database_engine=SQLITE,
        search_url=" http://es1:9200 , http://es2:9200 ",
        index_prefix="staging_",
        timeout="30",
    )["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert backend["URLS"] == ["http://es1:9200", "http://es2:9200"]
    assert backend["INDEX_PREFIX"] == "staging_"
    assert backend["TIMEOUT"] == 30


def test_each_call_gets_its_own_index_settings():
    first = search_backends(database_engine=SQLITE, search_url="http://es:9200")["default"]
    first["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["type"] = "changed"
    second = search_backends(database_engine=SQLITE, search_url="http://es:9200")["default"]
    assert second["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["type"] == (
        "english"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"search_backend": "elasticsearch8"}, "needs SEARCH_URL"),
        ({"search_url": "http://es:9200", "search_backend": "solr"}, "must be one of"),
        ({"search_url": "http://es:9200", "search_backend": "elasticsearch7"}, "must be one of"),
        ({"search_url": "es.example.org:9200"}, "http(s) URLs"),
        ({"search_url": "ftp://es.example.org"}, "http(s) URLs"),
        ({"search_url": "http://es:9200", "timeout": "soon"}, "SEARCH_TIMEOUT"),
    ],
)
def test_bad_configuration_is_refused_with_a_clear_message(kwargs, message):
    with pytest.raises(ImproperlyConfigured, match=message.replace("(", r"\(").replace(")", r"\)")):
        search_backends(database_engine=SQLITE, **kwargs)


@pytest.mark.parametrize(
    ("name", "extra"),
    [("elasticsearch8", "elasticsearch"), ("opensearch3", "opensearch")],
)
def test_a_missing_client_library_names_the_extra_to_install(name, extra):
    with pytest.raises(ImproperlyConfigured, match=rf"pip install \"\.\[{extra}\]\""):
        search_backends(
            database_engine=SQLITE,
            search_url="http://es:9200",
            search_backend=name,
            client_installed=lambda package: False,
        )


def _settings_backends(**environ):
    """WAGTAILSEARCH_BACKENDS as hub/settings/base.py computes it under `environ`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SEARCH_")}
    env.pop("DATABASE_URL", None)
    env.update(environ)
    code = (
        "import json; from hub.settings import base; print(json.dumps(base.WAGTAILSEARCH_BACKENDS))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout)["default"]


def test_settings_read_the_search_environment_variables():
    backend = _settings_backends(
        SEARCH_URL="https://search.example.org",
        SEARCH_BACKEND="opensearch3",
        SEARCH_INDEX_PREFIX="hub_",
        SEARCH_TIMEOUT="20",
    )
    assert backend["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert backend["URLS"] == ["https://search.example.org"]
    assert backend["INDEX_PREFIX"] == "hub_"
    assert backend["TIMEOUT"] == 20


def test_settings_choose_postgres_full_text_search_from_database_url():
    backend = _settings_backends(DATABASE_URL="postgres://hub@db.example.org:5432/hub")
    assert backend["BACKEND"] == "wagtail.search.backends.database"
    assert backend["SEARCH_CONFIG"] == "english"
