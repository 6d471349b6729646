"""System checks: say clearly when search would silently degrade."""

from django.core.checks import Warning, register
from django.db import DatabaseError, connection


@register("search", deploy=True)
def sqlite_full_text_table(app_configs, **kwargs):
    """On SQLite, Wagtail's database backend needs the FTS5 table `migrate` creates; without it,
    a process quietly falls back to a basic substring search and indexes nothing."""
    from django.conf import settings

    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if connection.vendor != "sqlite" or not backend.endswith("backends.database"):
        return []
    from .backend import sqlite_search_table_ready

    try:
        ready = sqlite_search_table_ready()
    except DatabaseError:
        ready = False
    if ready:
        return []
    return [
        Warning(
            "SQLite full-text search table is missing, so search would fall back to a basic "
            "substring match.",
            hint="Run `manage.py migrate` (then `manage.py update_index`) before serving.",
            id="search.W001",
        )
    ]
