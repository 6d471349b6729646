"""The system check that SQLite's full-text tables are there (search.E001)."""

import pytest
from django.db import connection

from search import checks
from search.engines.sqlite import SQLiteEngine

on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own tables")


def test_the_check_asks_for_every_table_the_engine_reads():
    assert set(checks.FULL_TEXT_TABLES) == set(SQLiteEngine.COLUMNS.values())


@on_sqlite
@pytest.mark.django_db
def test_the_check_is_quiet_once_the_tables_are_migrated():
    assert checks.full_text_index(None) == []


@on_sqlite
@pytest.mark.django_db
def test_a_missing_table_is_reported_with_what_to_run(monkeypatch):
    # The table of titles and summaries together, which search/0011 replaced.
    missing = (*checks.FULL_TEXT_TABLES, "search_indexeditem_heads")
    monkeypatch.setattr(checks, "FULL_TEXT_TABLES", missing)
    errors = checks.full_text_index(None)
    assert [error.id for error in errors] == ["search.E001"]
    assert "migrate" in errors[0].hint
