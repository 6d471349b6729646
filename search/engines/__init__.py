"""The search engines: one seam, chosen by settings.

- `sqlite`: the embedded default, SQLite FTS5 over the hub's own index table (searchindex);
- `postgres`: PostgreSQL full-text search (English stemming) over the same table;
- `opensearch`: an OpenSearch 2/3 or Elasticsearch 8/9 cluster (SEARCH_URL), for scale-out,
  in the searchserver app (named here by path, as Wagtail's WAGTAILSEARCH_BACKENDS names its
  backends, so search imports nothing of it).

`get_engine()` returns the configured one. Every engine answers an `EngineRequest` with one
`EngineAnswer`: the page of ranked hits, the exact total, exact facet counts for the current
filters and, where the engine makes them, highlight fragments.
"""

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
    """ "opensearch" when a search server is configured, else the database's own."""
    if getattr(settings, "SEARCH_URL", ""):
        return "opensearch"
    return connection.vendor


def get_engine():
    return import_string(ENGINES[engine_name()])()


__all__ = ["EngineAnswer", "EngineRequest", "Hidden", "Hit", "engine_name", "get_engine"]
