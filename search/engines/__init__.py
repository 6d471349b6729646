"""The search engines, one chosen by settings: the database's own full-text search over the
hub's index tables (SQLite FTS5, PostgreSQL), or a search server (SEARCH_URL) in the
searchserver app, named by path as WAGTAILSEARCH_BACKENDS names backends. Each answers an
`EngineRequest` with one `EngineAnswer`."""

from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

from .base import EngineAnswer, EngineRequest, Hidden, Hit

ENGINES = {
    "sqlite": "search.engines.sqlite.SQLiteEngine",
    "postgresql": "search.engines.postgres.PostgresEngine",
    "opensearch": "searchserver.engine.OpenSearchEngine",
}


def engine_name():
    return "opensearch" if getattr(settings, "SEARCH_URL", "") else connection.vendor


def get_engine():
    return import_string(ENGINES[engine_name()])()


__all__ = ["EngineAnswer", "EngineRequest", "Hidden", "Hit", "engine_name", "get_engine"]
