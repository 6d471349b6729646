"""Which items match each term group, asked of the configured backend.

On Wagtail's database backends (SQLite FTS5 and PostgreSQL full-text search) the hub reads the
backend's own index table: one index lookup per term group returns the id of every matching entry,
with no ranking and no cap, so counts and facets are exact however many items match. The match
expressions come from the backend's own query compiler, so quoting and stemming are the backend's.
The catalogue remembers recent groups' matches until content changes.

Any other backend (Elasticsearch, OpenSearch, the basic substring fallback) is asked through
Wagtail's search API, one term group at a time, for at most `search.backend.MAX_PER_GROUP` hits.

Should the backend fail, a group matches the titles holding it and the failure is logged: search
never errors.
"""

import logging
from contextlib import contextmanager, nullcontext

from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from wagtail.models import Page

from .backend import backend_query, get_backend, search_group
from .ranking import word_hits
from .sources import SEARCHED_PAGE_MODELS

logger = logging.getLogger(__name__)
LOOKUP_ERRORS = (DatabaseError, NotImplementedError, ValueError, TypeError)


def _guard():
    # On PostgreSQL a failed statement spoils the transaction, so isolate the search in a
    # savepoint there; SQLite recovers by itself and is spared the extra round trips.
    return transaction.atomic() if connection.vendor == "postgresql" else nullcontext()


def _fetch_column(queryset):
    """The single column `queryset` selects, read with one fetch (thousands of ids for a common
    word, which the ORM's row-by-row iteration makes several times slower)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


class IndexTableMatcher:
    """Matches read straight from a database backend's index table."""

    def __init__(self, backend, catalogue):
        self.backend = backend
        self.catalogue = catalogue

    def _compiler(self, query):
        return self.backend.query_compiler_class(Page.objects.none(), query)

    def group_hits(self, groups):
        """[set of catalogue item numbers] per group: every item matching it."""
        keys = [
            (type(self).__name__, tuple(group.backend_words()), tuple(group.backend_phrases()))
            for group in groups
        ]
        hits = [self.catalogue.hits.get(key) for key in keys]
        if any(found is None for found in hits):
            with self.lookup_session():
                for index, group in enumerate(groups):
                    if hits[index] is None:
                        hits[index] = self._look_up(group, keys[index])
        return hits

    def lookup_session(self):
        return nullcontext()

    def _look_up(self, group, key):
        try:
            with _guard():
                entry_ids = _fetch_column(self.entry_ids(backend_query(group)))
        except LOOKUP_ERRORS as error:
            logger.warning("Search index lookup failed for %r (%s); matching titles", group, error)
            return word_hits(self.catalogue, self.catalogue.title_index, "title_keys", group)
        return self.catalogue.hits.put(key, self.catalogue.numbers_for_entries(entry_ids))


class SQLiteMatcher(IndexTableMatcher):
    def entry_ids(self, query):
        from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
        from modelsearch.conf import get_app_config

        compiler = self._compiler(query)
        match = MatchExpression(
            compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(query))
        )
        fts_entries = get_app_config().get_model("SQLiteFTSIndexEntry").objects
        return fts_entries.filter(match).values_list("index_entry_id", flat=True)


class PostgresMatcher(IndexTableMatcher):
    @contextmanager
    def lookup_session(self):
        """Use the GIN indexes for every lookup.

        PostgreSQL costs a full-text match as one cheap operator per row, so for a common word it
        prefers reading the whole table, which means unpacking every stored tsvector (tens of
        milliseconds at 10,000 items); the index finds the same rows in a few. The setting is
        local to a transaction, and put back when this one was already open.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan')")
            (previous,) = cursor.fetchone()
            cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
            try:
                yield
            finally:
                cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])

    def entry_ids(self, query):
        from modelsearch.conf import get_app_config

        tsquery = self._compiler(query).build_tsquery(query, config=self.backend.config)
        entries = get_app_config().get_model("IndexEntry").objects
        # Title and body separately, so that each uses its own GIN index.
        return entries.filter(Q(title=tsquery) | Q(body=tsquery)).values_list("pk", flat=True)


class ApiMatcher:
    """Any other backend, through Wagtail's search API, one group at a time (capped)."""

    def __init__(self, backend, catalogue, visibility):
        self.backend = backend
        self.catalogue = catalogue
        self.visibility = visibility

    def group_hits(self, groups):
        pages = self.visibility.pages(Page.objects.type(*SEARCHED_PAGE_MODELS)).only("id")
        documents = self.visibility.documents().only("id")
        by_key = self.catalogue.by_key
        hits = []
        for group in groups:
            numbers = set()
            for kind, queryset in (("page", pages), ("document", documents)):
                for (pk,) in search_group(self.backend, group, queryset):
                    if (kind, pk) in by_key:
                        numbers.add(by_key[(kind, pk)])
            hits.append(numbers)
        return hits


def get_matcher(catalogue, visibility):
    backend = get_backend()
    name = type(backend).__name__
    if name == "SQLiteSearchBackend":
        return SQLiteMatcher(backend, catalogue)
    if name == "PostgresSearchBackend":
        return PostgresMatcher(backend, catalogue)
    return ApiMatcher(backend, catalogue, visibility)
