"""System checks: say clearly when search could not work."""

from django.core.checks import Error, register
from django.db import DatabaseError, connection

from .engines import engine_name
from .engines.fts_tables import FULL_TEXT_TABLES


@register("search", deploy=True)
def full_text_index(app_configs, **kwargs):
    """The SQLite engine needs FTS5 and the tables migrations search/0007 and 0011 create."""
    if engine_name() != "sqlite":
        return []
    try:
        with connection.cursor() as cursor:
            for table in FULL_TEXT_TABLES:
                cursor.execute(f"SELECT 1 FROM {table} LIMIT 1")
    except DatabaseError:
        return [
            Error(
                "The search index's full-text table is missing (SQLite needs FTS5).",
                hint="Run `manage.py migrate`, then `manage.py rebuild_search_index`.",
                id="search.E001",
            )
        ]
    return []
