"""The SQLite 'started before migrate' trap and the system check."""

from django.db import connection

from search import backend as search_backend
from search.checks import sqlite_full_text_table


def test_get_backend_recovers_from_the_basic_fallback(db, monkeypatch):
    if connection.vendor != "sqlite":
        return
    from modelsearch.backends import database

    monkeypatch.setattr(database, "USE_SQLITE_FTS", False)  # as if asked before `migrate`
    backend = search_backend.get_backend()
    assert type(backend).__name__ == "SQLiteSearchBackend"
    assert database.USE_SQLITE_FTS is True


def test_system_check_warns_when_the_full_text_table_is_missing(db, monkeypatch):
    if connection.vendor != "sqlite":
        assert sqlite_full_text_table(None) == []
        return
    assert sqlite_full_text_table(None) == []
    monkeypatch.setattr(search_backend, "sqlite_search_table_ready", lambda: False)
    warnings = sqlite_full_text_table(None)
    assert [w.id for w in warnings] == ["search.W001"]


def test_a_backend_failure_falls_back_to_titles(corpus, monkeypatch):
    from django.db import OperationalError

    from search.service import run_search

    def broken(self, query):
        raise OperationalError('fts5: syntax error near """')

    monkeypatch.setattr("search.matching.SQLiteMatcher.entry_ids", broken)
    monkeypatch.setattr("search.matching.PostgresMatcher.entry_ids", broken)
    results = run_search({"q": "housing"})
    assert [r.title for r in results.results] == ["Co-operative housing in Rochdale"]


def test_one_failing_term_group_leaves_the_others_to_the_backend(corpus, monkeypatch):
    from django.db import OperationalError

    from search.matching import PostgresMatcher, SQLiteMatcher
    from search.service import run_search

    for matcher in (SQLiteMatcher, PostgresMatcher):
        working = matcher.entry_ids

        def failing_for_housing(self, query, working=working):
            if "housing" in getattr(query, "query_string", ""):
                raise OperationalError("simulated failure")
            return working(self, query)

        monkeypatch.setattr(matcher, "entry_ids", failing_for_housing)
    titles = {r.title for r in run_search({"q": "housing solar"}).results}
    # "solar" is only in a summary, so the backend found it; "housing" fell back to titles.
    assert titles == {"Co-operative housing in Rochdale", "Community energy in Lambeth"}
