"""The configured Wagtail search backend, and term groups as queries it understands.

Every group goes to the backend as plain words OR-ed together plus quoted phrases, built only from
cleaned word characters, so no user input can reach the backend's query syntax. Should the backend
still fail, the group falls back to a title match and the failure is logged: search never errors.
"""

import logging
from contextlib import nullcontext

from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, Phrase, PlainText

logger = logging.getLogger(__name__)
MAX_PER_GROUP = 500
_warned = set()


def _fallback_class():
    from modelsearch.backends.database.fallback import DatabaseSearchBackend

    return DatabaseSearchBackend


def sqlite_search_table_ready():
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


def get_backend():
    """The configured backend, repairing the 'started before migrate' trap on SQLite.

    Wagtail decides once per process whether SQLite full-text search is available; a process that
    asked before `migrate` created the FTS table keeps a basic substring backend for ever (and
    indexes nothing). When the table exists now, forget that decision and ask again.
    """
    backend = get_search_backend()
    if connection.vendor == "sqlite" and type(backend) is _fallback_class():
        from modelsearch.backends import database

        if sqlite_search_table_ready():
            database.USE_SQLITE_FTS = None
            backend = get_search_backend()
            logger.warning(
                "Search: the SQLite full-text table exists now; switched from the basic "
                "fallback backend to full-text search. Run `manage.py update_index` if content "
                "was saved while the table was missing."
            )
        elif "fallback" not in _warned:
            _warned.add("fallback")
            logger.warning(
                "Search: SQLite full-text search is unavailable (has `manage.py migrate` run?); "
                "using Wagtail's basic substring backend until it is."
            )
    return backend


def backend_query(group):
    parts = []
    words = group.backend_words()
    if words:
        parts.append(PlainText(" ".join(words), operator="or"))
    parts.extend(Phrase(phrase) for phrase in group.backend_phrases())
    return parts[0] if len(parts) == 1 else Or(parts)


def search_group(backend, group, queryset, fields=("pk",), limit=MAX_PER_GROUP):
    """Values of `fields` for the items matching a group, best first (at most `limit`).

    `fields` must start with "pk"."""
    # On PostgreSQL a failed statement spoils the transaction, so isolate the search in a
    # savepoint there; SQLite recovers by itself and is spared the extra round trips.
    guard = transaction.atomic() if connection.vendor == "postgresql" else nullcontext()
    try:
        with guard:
            results = backend.search(backend_query(group), queryset, order_by_relevance=True)
            return [tuple(getattr(obj, f) for f in fields) for obj in results[:limit]]
    except (DatabaseError, NotImplementedError, ValueError, TypeError) as error:
        logger.warning("Search backend failed for %r (%s); matching titles instead", group, error)
        match = Q()
        for word in group.backend_words() + group.backend_phrases():
            match |= Q(title__icontains=word)
        return list(queryset.filter(match).order_by("title").values_list(*fields)[:limit])
