"""PostgreSQL full-text search (English stemming) over the hub's index table: generated
tsvector columns with GIN indexes (migration search/0007)."""

from django.contrib.postgres.aggregates import StringAgg
from django.db.models import TextField
from django.db.models.functions import Cast

from ..text import stem, word_parts
from .database import DatabaseEngine

CONFIG = "english"


def tsquery(group):
    """(sql, params): the group's forms OR-ed, each through plainto_tsquery/phraseto_tsquery, so
    nothing typed can reach the tsquery syntax. A hyphenated word goes as itself: PostgreSQL
    indexes "co-operative" whole as well as in parts, so it is found from the index alone,
    where the phrase "co operative" would make the database re-read every candidate row."""
    parts, params = [], []
    for word in _distinct_lexemes(group.backend_words() + group.compounds()):
        parts.append(f"plainto_tsquery('{CONFIG}', %s)")
        params.append(word)
    for phrase in group.multiword_phrases():
        parts.append(f"phraseto_tsquery('{CONFIG}', %s)")
        params.append(phrase)
    return "(" + " || ".join(parts) + ")", params


def _distinct_lexemes(words):
    """One word for each set of lexemes PostgreSQL would look up: "mutuals" and "mutual" are
    both 'mutual'. Each repeated alternative makes the planner expect more rows, until it
    reads the whole table instead of asking the index."""
    seen, kept = set(), []
    for word in words:
        key = tuple(stem(part) for part in [word, *word_parts(word)])
        if key not in seen:
            seen.add(key)
            kept.append(word)
    return kept


class PostgresEngine(DatabaseEngine):
    COLUMNS = {"anywhere": "vector", "title": "title_vector", "summary": "summary_vector"}

    def match(self, column, group):
        query, params = tsquery(group)
        return (
            (f"SELECT id FROM search_indexeditem WHERE {column} @@ {query}", params)
            if params
            else None
        )

    def id_list(self, sql):
        return f"SELECT string_agg(found.id::text, ',') FROM ({sql}) AS found"

    @staticmethod
    def id_aggregate(field_name):
        # As text, not array_agg's array: psycopg reads an array into a list of Python ints,
        # twice as slow for a common word's 12,000 ids as numpy reading the text.
        return StringAgg(Cast(field_name, TextField()), delimiter=",")

    def ids_in(self, ids):
        return "{column} = ANY(%s)", [sorted(ids)]
