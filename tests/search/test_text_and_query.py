"""Words, variants, cleaning and expansion: pure functions, no database."""

import pytest

from search.query import MAX_QUERY_CHARS, MAX_TERMS, clean_query, expand
from search.text import canonical, tokenize, variants

SYNONYMS = [
    ("broadband", "full fibre", "fibre broadband"),
    ("co-op", "co-operative", "cooperative", "mutual"),
    ("vcse", "vcfse", "voluntary sector"),
]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("councils", {"council", "councils"}),
        ("organisation", {"organization", "organisations", "organizations"}),
        ("neighbourhoods", {"neighborhood", "neighbourhood"}),
        ("communities", {"community"}),
        ("centre", {"center"}),
        ("programme", {"program"}),
    ],
)
def test_variants_cover_plural_and_british_american_spelling(word, expected):
    assert expected <= variants(word)


def test_variants_never_add_words_with_a_different_stem():
    assert "counsel" not in variants("council")
    assert all(canonical(form) == canonical("organisation") for form in variants("organisation"))


def test_canonical_folds_spelling_and_hyphens():
    assert canonical("organisation") == canonical("organizations")
    assert canonical("co-operative") == canonical("cooperative")
    assert canonical("councils") == canonical("council")


def test_tokenize_keeps_compounds_and_drops_operators_and_emoji():
    assert tokenize('Co-op "councils" AND (energy) 🚀 -x* a:b') == [
        "co-op",
        "councils",
        "and",
        "energy",
        "x",
        "a",
        "b",
    ]


def test_clean_query_drops_stopwords_and_question_words():
    query = clean_query("How can councils support community energy?")
    assert query.terms == ["councils", "support", "community", "energy"]
    assert not query.shortened


def test_clean_query_of_only_common_words_still_searches():
    assert clean_query("who we are").terms == ["who", "we", "are"]


@pytest.mark.parametrize("raw", ["", None, 42, ["a"], "\x00\x00", "   ", "🚀🚀", '"', "()*:-"])
def test_clean_query_never_raises_and_empty_input_is_falsey(raw):
    assert not clean_query(raw)


def test_clean_query_bounds_length_and_terms():
    query = clean_query("housing " * 2000)
    assert len(query.text) <= MAX_QUERY_CHARS
    assert query.shortened
    many = clean_query(" ".join(f"word{n}" for n in range(30)))
    assert len(many.terms) == MAX_TERMS
    assert many.shortened


def test_clean_query_removes_nul_and_control_characters():
    query = clean_query("hous\x00ing\x07 energy")
    assert "\x00" not in query.text
    assert query.terms == ["hous", "ing", "energy"]


def test_expand_makes_one_group_per_idea_with_variants():
    query = expand(clean_query("councils organisation"), [])
    assert [g.label for g in query.groups] == ["councils", "organisation"]
    assert "council" in query.groups[0].words
    assert "organization" in query.groups[1].words


def test_expand_applies_single_and_multi_word_synonyms():
    query = expand(clean_query("co-op broadband"), SYNONYMS)
    co_op, broadband = query.groups
    assert {"co-operative", "cooperative", "mutual"} <= co_op.words
    assert "full fibre" in broadband.phrases
    assert "co op" in co_op.backend_phrases()
    assert "coop" in co_op.backend_words()


def test_expand_matches_a_typed_phrase_synonym_as_one_group():
    query = expand(clean_query("full fibre villages"), SYNONYMS)
    assert [g.label for g in query.groups] == ["full fibre", "villages"]
    assert "broadband" in query.groups[0].words


def test_expand_matches_synonyms_through_plurals():
    query = expand(clean_query("co-operatives"), SYNONYMS)
    assert "mutual" in query.groups[0].words


def test_backend_terms_contain_only_word_characters():
    query = expand(clean_query('"co-op" OR (energy)* NOT -x: l\'état'), SYNONYMS)
    for group in query.groups:
        for term in group.backend_words() + group.backend_phrases():
            assert all(ch.isalnum() or ch == " " for ch in term), term
