"""The embedded default: SQLite FTS5 over the hub's index table (migrations search/0007 and
0010)."""

import json

from django.db.models import Aggregate, TextField

from .database import DatabaseEngine

TABLE = "search_indexeditem_fts"  # title, summary and body
HEADS = "search_indexeditem_heads"  # title and summary alone (search/0010)
MANY_IDS = 2000


def _quoted(term):
    # Terms are words and phrases of word characters (search.query); quoting makes each a plain
    # FTS5 string, so nothing typed can reach the query syntax.
    return '"' + term.replace('"', '""') + '"'


def match_expression(group):
    terms = group.backend_words() + group.backend_phrases()
    return "(" + " OR ".join(_quoted(term) for term in terms) + ")" if terms else ""


class GroupConcat(Aggregate):
    function = "group_concat"
    output_field = TextField()


class SQLiteEngine(DatabaseEngine):
    # (table, column filter): title and summary matches come from the table of those two
    # columns, so a common word's long list of body matches is read once, not three times.
    COLUMNS = {
        "anywhere": (TABLE, ""),
        "title": (HEADS, "title : "),
        "summary": (HEADS, "summary : "),
    }

    def match(self, column, group):
        table, column_filter = column
        if expression := match_expression(group):
            sql = f"SELECT rowid AS id FROM {table} WHERE {table} MATCH %s"
            return sql, [column_filter + expression]
        return None

    def id_list(self, sql):
        return f"SELECT group_concat(found.id) FROM ({sql}) AS found"

    id_aggregate = GroupConcat

    def read_id_list(self, value):
        # JSON's parser reads a long list of numbers about twice as fast as int() on each part.
        return json.loads(f"[{value}]") if value else ()

    def ids_in(self, ids):
        # For many ids, "+column" keeps SQLite from probing an index once per id: it reads a
        # covering index through and checks each row against the list instead.
        column = "+{column}" if len(ids) > MANY_IDS else "{column}"
        return column + " IN (SELECT value FROM json_each(%s))", [json.dumps(sorted(ids))]
