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
        missing = [index for index, found in enumerate(hits) if found is None]
        if not missing:
            return hits
        try:
            with self.lookup_session():
                entry_ids = self._look_up_together([groups[index] for index in missing])
        except LOOKUP_ERRORS as error:
            # Find the group that fails, and let the others still be looked up.
            logger.warning("Search index lookup failed (%s); looking up each term group", error)
            entry_ids = [self._look_up_alone(groups[index]) for index in missing]
        for index, ids in zip(missing, entry_ids, strict=True):
            if ids is None:
                hits[index] = word_hits(
                    self.catalogue, self.catalogue.title_index, "title_keys", groups[index]
                )
            else:
                numbers = self.catalogue.numbers_for_entries(ids)
                hits[index] = self.catalogue.hits.put(keys[index], numbers)
        return hits

    def lookup_session(self):
        """Where the lookups run: on PostgreSQL a savepoint, since a failed statement spoils the
        transaction there; SQLite recovers by itself and is spared the round trips."""
        return nullcontext()

    def _look_up_together(self, groups):
        """[entry ids] per group. SQLite answers each lookup at once, so one statement per group
        costs nothing more; PostgreSQL overrides this to ask for them all in one."""
        return [_fetch_column(self.entry_ids(backend_query(group))) for group in groups]

    def _look_up_alone(self, group):
        """The group's entry ids, or None (logged) when the backend cannot look it up."""
        try:
            with self.lookup_session():
                return _fetch_column(self.entry_ids(backend_query(group)))
        except LOOKUP_ERRORS as error:
            logger.warning("Search index lookup failed for %r (%s); matching titles", group, error)
            return None


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
        local to a transaction: it is put back when the lookups succeed, and undone with the
        savepoint when they fail.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan')")
            (previous,) = cursor.fetchone()
            cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
            yield
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])

    def _look_up_together(self, groups):
        """Every group's ids from one statement, each group's as one array, which PostgreSQL
        sends and psycopg reads faster than thousands of rows."""
        parts, params = [], []
        for index, group in enumerate(groups):
            sql, group_params = self.entry_ids(backend_query(group)).query.sql_with_params()
            parts.append(f"SELECT {index}, (SELECT array_agg(found.pk) FROM ({sql}) AS found)")
            params.extend(group_params)
        found = [[] for _ in groups]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for index, entry_ids in cursor.fetchall():
                found[index] = entry_ids or []
        return found

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
