# PostgreSQL only (every step is a no-op on SQLite): the extensions and indexes Wagtail's
# database search backend needs for trigram fuzzy matching (`Fuzzy`, with or without accents),
# as its `enable_unaccent` and `enable_trigram` commands would create them. unaccent and the
# f_unaccent() wrapper come first: the accent-insensitive trigram indexes are built on them.

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

INDEX_TABLE = "wagtailsearch_indexentry"

F_UNACCENT = """
CREATE OR REPLACE FUNCTION f_unaccent(text)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$func$
SELECT public.unaccent('public.unaccent', $1)
$func$;
"""

TRIGRAM_INDEXES = {
    "modelsearch_title_text_trgm": "title_text gin_trgm_ops",
    "modelsearch_body_text_trgm": "body_text gin_trgm_ops",
    "modelsearch_title_text_unaccent_trgm": "f_unaccent(title_text) gin_trgm_ops",
    "modelsearch_body_text_unaccent_trgm": "f_unaccent(body_text) gin_trgm_ops",
}


def create_f_unaccent(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(F_UNACCENT)


def drop_f_unaccent(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS f_unaccent(text);")


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, expression in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {INDEX_TABLE} USING gin ({expression});"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name};")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_seed_synonyms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_f_unaccent, drop_f_unaccent, elidable=False),
        TrigramExtension(),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False),
    ]
