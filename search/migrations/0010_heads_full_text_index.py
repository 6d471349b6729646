# SQLite: a second FTS5 table over the items' titles and summaries alone, kept in step by
# triggers as search_indexeditem_fts is (0007), with the same tokenizer. A word's matches in the
# title or the summary are read from it: in the table of all three columns, FTS5 reads the
# word's whole list of matches, body included, and drops the other columns' (a common word's
# 12,000 rows for a title match in 400). PostgreSQL has its title and summary vectors already.

from django.db import migrations

SQLITE_CREATE = [
    """CREATE VIRTUAL TABLE search_indexeditem_heads USING fts5(
        title, summary,
        content='search_indexeditem', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_indexeditem_heads_insert AFTER INSERT ON search_indexeditem BEGIN
        INSERT INTO search_indexeditem_heads(rowid, title, summary)
        VALUES (new.id, new.title, new.summary);
    END""",
    """CREATE TRIGGER search_indexeditem_heads_delete AFTER DELETE ON search_indexeditem BEGIN
        INSERT INTO search_indexeditem_heads(search_indexeditem_heads, rowid, title, summary)
        VALUES ('delete', old.id, old.title, old.summary);
    END""",
    """CREATE TRIGGER search_indexeditem_heads_update AFTER UPDATE ON search_indexeditem BEGIN
        INSERT INTO search_indexeditem_heads(search_indexeditem_heads, rowid, title, summary)
        VALUES ('delete', old.id, old.title, old.summary);
        INSERT INTO search_indexeditem_heads(rowid, title, summary)
        VALUES (new.id, new.title, new.summary);
    END""",
    # The entries already written.
    "INSERT INTO search_indexeditem_heads(search_indexeditem_heads) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_indexeditem_heads_update",
    "DROP TRIGGER IF EXISTS search_indexeditem_heads_delete",
    "DROP TRIGGER IF EXISTS search_indexeditem_heads_insert",
    "DROP TABLE IF EXISTS search_indexeditem_heads",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0009_log_and_index_move_out")]

    operations = [migrations.RunPython(_run(SQLITE_CREATE), _run(SQLITE_DROP))]
