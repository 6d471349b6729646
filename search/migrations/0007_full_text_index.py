# The full-text index over search_indexeditem, maintained by the database itself:
# - SQLite: an FTS5 table with the item table as its external content, kept in step by triggers
#   (the pattern in SQLite's FTS5 documentation), with the Porter stemmer;
# - PostgreSQL: generated tsvector columns (English stemming) with GIN indexes, and no planner
#   statistics on them (see below).
# The model does not declare these columns: only search.engines reads them.

from django.db import migrations

SQLITE_CREATE = [
    """CREATE VIRTUAL TABLE search_indexeditem_fts USING fts5(
        title, summary, body,
        content='search_indexeditem', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_indexeditem_fts_insert AFTER INSERT ON search_indexeditem BEGIN
        INSERT INTO search_indexeditem_fts(rowid, title, summary, body)
        VALUES (new.id, new.title, new.summary, new.body);
    END""",
    """CREATE TRIGGER search_indexeditem_fts_delete AFTER DELETE ON search_indexeditem BEGIN
        INSERT INTO search_indexeditem_fts(search_indexeditem_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, old.title, old.summary, old.body);
    END""",
    """CREATE TRIGGER search_indexeditem_fts_update AFTER UPDATE ON search_indexeditem BEGIN
        INSERT INTO search_indexeditem_fts(search_indexeditem_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, old.title, old.summary, old.body);
        INSERT INTO search_indexeditem_fts(rowid, title, summary, body)
        VALUES (new.id, new.title, new.summary, new.body);
    END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_indexeditem_fts_update",
    "DROP TRIGGER IF EXISTS search_indexeditem_fts_delete",
    "DROP TRIGGER IF EXISTS search_indexeditem_fts_insert",
    "DROP TABLE IF EXISTS search_indexeditem_fts",
]

POSTGRES_CREATE = [
    """ALTER TABLE search_indexeditem
        ADD COLUMN title_vector tsvector
            GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title)) STORED,
        ADD COLUMN summary_vector tsvector
            GENERATED ALWAYS AS (to_tsvector('english'::regconfig, summary)) STORED,
        ADD COLUMN vector tsvector
            GENERATED ALWAYS AS (
                to_tsvector('english'::regconfig, title || ' ' || summary || ' ' || body)
            ) STORED""",
    # No lexeme statistics for these columns: with them, the planner sees that a common word is
    # in most rows and reads the whole table, unpacking every stored (compressed, out-of-line)
    # tsvector, 40-60 ms at 11,000 items; without them it always asks the GIN index, which
    # answers the same in 1-2 ms. A property of these columns, like their indexes.
    """ALTER TABLE search_indexeditem
        ALTER COLUMN vector SET STATISTICS 0,
        ALTER COLUMN title_vector SET STATISTICS 0,
        ALTER COLUMN summary_vector SET STATISTICS 0""",
    "CREATE INDEX search_item_vector ON search_indexeditem USING gin (vector)",
    "CREATE INDEX search_item_title_vector ON search_indexeditem USING gin (title_vector)",
    "CREATE INDEX search_item_summary_vector ON search_indexeditem USING gin (summary_vector)",
]
POSTGRES_DROP = [
    "ALTER TABLE search_indexeditem DROP COLUMN IF EXISTS vector, "
    "DROP COLUMN IF EXISTS summary_vector, DROP COLUMN IF EXISTS title_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0006_own_index")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
