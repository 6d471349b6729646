"""The embedded default: SQLite FTS5 over the hub's index table (migrations search/0007 and
0010)."""

import json
from functools import lru_cache

from django.db.models import Aggregate, TextField

from .database import DatabaseEngine

TABLE = "search_indexeditem_fts"  # title, summary and body
HEADS = "search_indexeditem_heads"  # title and summary alone (search/0010)
MANY_IDS = 2000


def _quoted(term):
    # Terms are words and phrases of word characters (search.query); quoting makes each a plain
    # FTS5 string, so nothing typed can reach the query syntax.
    return '"' + term.replace('"', '""') + '"'


@lru_cache(maxsize=1)
def _porter():
    # Loaded with the first search, as search.text's stemmer is.
    import snowballstemmer

    return snowballstemmer.stemmer("porter")


@lru_cache(maxsize=10_000)
def token_key(word):
    """A key that two words share only when the tables' porter tokenizer makes one token of
    both: Snowball's Porter stem, for a word of four or more ASCII letters whose stem avoids
    the few places where the two implementations of Porter's algorithm part ("-logi", "-bli",
    "eed", a doubled last letter, a short stem); any other word is its own key. Checked
    against FTS5 itself in tests/search/test_sqlite_terms.py."""
    if not (word.isascii() and word.isalpha() and len(word) >= 4):
        return word
    stem = _porter().stemWord(word.lower())
    if len(stem) < 4 or stem.endswith(("logi", "bli")) or "eed" in word or stem[-1] == stem[-2]:
        return word
    return "~" + stem


def distinct_terms(terms):
    """The terms, less those FTS5 would read as one already kept: "house", "houses" and
    "housing" are one token in the table, and each repeated one is read again in full (a
    common word's list of matches twice or three times over)."""
    seen, kept = set(), []
    for term in terms:
        key = tuple(map(token_key, term.split()))
        if key not in seen:
            seen.add(key)
            kept.append(term)
    return kept


def match_expression(group):
    terms = distinct_terms(group.backend_words() + group.backend_phrases())
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

    def ids_in(self, ids):
        # For many ids, "+column" keeps SQLite from probing an index once per id: it reads a
        # covering index through and checks each row against the list instead.
        column = "+{column}" if len(ids) > MANY_IDS else "{column}"
        return column + " IN (SELECT value FROM json_each(%s))", [json.dumps(sorted(ids))]
