"""The SQLite engine asks FTS5 for each token once: terms whose words share a `token_key` are
sent as one. That is only right if the key is what the tables' own tokenizer makes of them,
which these tests check against the tables' definition and against FTS5 tables filled with every
word of the hub's own texts and their forms."""

import re
import sqlite3
from collections import defaultdict
from pathlib import Path

from search.engines.sqlite import TOKENIZER as ENGINE_TOKENIZER
from search.engines.sqlite import distinct_terms, token_key
from search.text import variants

ROOT = Path(__file__).resolve().parents[2]
TOKENIZER = "porter unicode61 remove_diacritics 2"  # as in search/0007 and search/0010
# Where Snowball's Porter stemmer and FTS5's part, and words near them.
AWKWARD = """
    technology technologies technologie ecology ecologie psychology sociologies possibly possible
    possibility probably probable agreed agree agreeing feed feeds eed eeds speed speeded trekked
    trekking trek akked docced specced haxxed ied ies nyy nyyed fizzed fizz buzzed hopping hoped
    hope running run generalization generalise generalize relational relate conditional condition
    hopefully hopefulness formality formalities sensibly sensible electricity electrical
"""


def hub_words():
    texts = [
        (ROOT / "relevance" / "judgements.json").read_text(encoding="utf-8"),
        (ROOT / "bench" / "corpus.py").read_text(encoding="utf-8"),
        *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "demo").rglob("*.py"))),
        *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "search" / "words").iterdir())),
    ]
    words = {w for text in texts for w in re.findall(r"[a-z]+", text.lower())}
    forms = {form for word in words for form in variants(word)}
    return sorted(words | forms | set(AWKWARD.split()))


def fts5_tokens(words):
    """{word: the token FTS5's porter tokenizer makes of it}."""
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
    connection.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(words))
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    rows = connection.execute("SELECT doc, term FROM v").fetchall()
    connection.close()
    return {words[doc]: term for doc, term in rows}


def test_the_keys_come_from_the_tables_own_tokenizer():
    migrations = ROOT / "search" / "migrations"
    for name in ("0007_full_text_index.py", "0011_titles_and_summaries_full_text.py"):
        assert f"tokenize='{ENGINE_TOKENIZER}'" in (migrations / name).read_text()
    assert ENGINE_TOKENIZER == TOKENIZER


def test_words_sharing_a_key_are_one_token_in_fts5():
    words = hub_words()
    assert len(words) > 2000
    tokens = fts5_tokens(words)
    by_key = defaultdict(set)
    for word in words:
        if word in tokens:  # a word of one letter or digit may make no token of its own
            by_key[token_key(word)].add(tokens[word])
    assert {key: found for key, found in by_key.items() if len(found) > 1} == {}
    # The check is worth making: forms are merged.
    assert token_key("housing") == token_key("houses") == token_key("housed")


def test_phrases_of_the_same_tokens_are_sent_once():
    """A phrase is a sequence of tokens: phrases whose words FTS5 makes the same tokens match
    the same items, and each costs FTS5 a walk through its words' positions."""
    terms = ["co op", "co oped", "co operative", "co oping", "co ops", "operative co"]
    assert distinct_terms(terms) == ["co op", "co operative", "operative co"]
    # A term FTS5 makes no token of is kept as it is.
    assert distinct_terms(["--", "housing"]) == ["--", "housing"]


def test_distinct_terms_keep_the_first_of_each_token_and_every_other_term():
    terms = ["cooperative", "cooperatives", "mutual", "mutuals", "co op", "co ops", "co-op"]
    assert distinct_terms(terms) == ["cooperative", "mutual", "co op"]
    assert distinct_terms(["technology", "technologie", "ecology"]) == [
        "technology",
        "technologie",
        "ecology",
    ]
