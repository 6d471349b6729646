"""The embedded default: SQLite FTS5 over the hub's index table (migrations search/0007 and
0011)."""

import json
import sqlite3
import threading
from functools import lru_cache

from django.db.models import Aggregate, TextField

from .database import DatabaseEngine
from .fts_tables import SUMMARIES, TABLE, TITLES

MANY_IDS = 2000


def _quoted(term):
    # Terms are words and phrases of word characters (search.query); quoting makes each a plain
    # FTS5 string, so nothing typed can reach the query syntax.
    return '"' + term.replace('"', '""') + '"'


TOKENIZER = "porter unicode61 remove_diacritics 2"  # the tables' (search/0007, search/0011)


class _Tokens(threading.local):
    """FTS5's own tokenizer, in a private in-memory database (one per thread, opened with its
    first term, never before a worker is forked): the tokens a term makes in the tables, read
    back through fts5vocab."""

    connection = None

    def of(self, term):
        if self.connection is None:
            self.connection = sqlite3.connect(":memory:")
            self.connection.execute(
                f"CREATE VIRTUAL TABLE term USING fts5(x, tokenize='{TOKENIZER}')"
            )
            self.connection.execute("CREATE VIRTUAL TABLE token USING fts5vocab(term, 'instance')")
        with self.connection:
            self.connection.execute("INSERT INTO term(rowid, x) VALUES (1, ?)", (term,))
            found = self.connection.execute("SELECT term FROM token ORDER BY offset").fetchall()
            self.connection.execute("DELETE FROM term WHERE rowid = 1")
        return tuple(token for (token,) in found)


_tokens = _Tokens()


@lru_cache(maxsize=10_000)
def token_key(term):
    """The tokens FTS5 makes of a term, in order ("co-ops" and "co op" alike): two terms with
    the same key match the same items. A term that makes no token is its own key."""
    return _tokens.of(term) or (term,)


def distinct_terms(terms):
    """The terms, less those FTS5 would read as one already kept: "house", "houses" and
    "housing" are one token in the table, as "co op", "co ops" and "co-oping" are one phrase,
    and each repeated one is read again in full (a common word's list of matches twice or
    three times over)."""
    seen, kept = set(), []
    for term in terms:
        key = token_key(term)
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
    # The table each field's matches are read from: title and summary matches from tables of
    # their own, so a common word's long list of matches in the bodies, or in the other field,
    # is never read to find its few in titles.
    COLUMNS = {"anywhere": TABLE, "title": TITLES, "summary": SUMMARIES}

    def match(self, table, group):
        if expression := match_expression(group):
            return f"SELECT rowid AS id FROM {table} WHERE {table} MATCH %s", [expression]
        return None

    def id_list(self, sql):
        return f"SELECT group_concat(found.id) FROM ({sql}) AS found"

    id_aggregate = GroupConcat

    def ids_in(self, ids):
        # For many ids, "+column" keeps SQLite from probing an index once per id: it reads a
        # covering index through and checks each row against the list instead.
        column = "+{column}" if len(ids) > MANY_IDS else "{column}"
        return column + " IN (SELECT value FROM json_each(%s))", [json.dumps(sorted(ids))]
