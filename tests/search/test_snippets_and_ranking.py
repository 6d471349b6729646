"""Snippets, highlighting and ranking rules: pure functions, no database."""

from search.catalogue import Catalogue, Item, text_keys
from search.query import clean_query, expand
from search.ranking import CANDIDATES, Ranker
from search.snippets import highlight, make_snippet


def groups(text, synonyms=()):
    return expand(clean_query(text), list(synonyms)).groups


def test_highlight_marks_variants_and_escapes_html():
    html = highlight("<b>Councils</b> & council housing", groups("council"))
    assert html == "&lt;b&gt;<mark>Councils</mark>&lt;/b&gt; &amp; <mark>council</mark> housing"


def test_query_text_cannot_inject_markup():
    html = highlight("Housing <script>alert(1)</script>", groups("<script>alert(1)</script>"))
    assert "<script>" not in html
    assert "&lt;" in html and "<mark>script</mark>" in html


def test_snippet_picks_the_passage_with_most_ideas():
    filler = " ".join(["lorem"] * 80)
    text = f"Energy at the start. {filler} Community energy owned by residents. {filler}"
    snippet = make_snippet(text, groups("community energy"))
    assert snippet.found
    assert "<mark>Community energy</mark>" in snippet.html
    assert snippet.html.startswith("…")
    assert text[snippet.offset :].startswith("Community")


def test_snippet_without_a_match_is_the_start_of_the_text():
    snippet = make_snippet("A story about parks and open spaces.", groups("housing"))
    assert not snippet.found
    assert snippet.html.startswith("A story about parks")
    assert "<mark>" not in snippet.html


def test_snippet_of_a_long_document_finds_a_late_match_and_its_offset():
    text = "Nothing here. " * 2000 + "The procurement strategy changed. " + "More text. " * 500
    snippet = make_snippet(text, groups("procurement"))
    assert snippet.found
    assert "<mark>procurement</mark>" in snippet.html
    assert text[snippet.offset :].startswith("procurement")


def test_snippet_marks_a_synonym_phrase():
    html = make_snippet(
        "Villages got full fibre connections.", groups("broadband", [("broadband", "full fibre")])
    ).html
    assert "<mark>full fibre</mark>" in html


def item(title, summary="", pk=1, kind="page"):
    title_keys, summary_keys = text_keys(title), text_keys(summary)
    return Item(
        kind=kind,
        pk=pk,
        type="case_study",
        title=title,
        title_keys=title_keys,
        summary_keys=summary_keys,
    )


def rank(items, query_groups, body_hits):
    """Titles best first; `body_hits[i]` is the pks the backend matched for group i."""
    catalogue = Catalogue(items)
    hits = [{catalogue.by_key[("page", pk)] for pk in pks} for pks in body_hits]
    order, _ = Ranker(catalogue, query_groups, hits).rank(set().union(*hits))
    return [catalogue.items[number].title for number in order]


def test_title_match_outranks_a_body_only_match():
    items = [item("A story", pk=2), item("Co-operative housing", pk=1)]
    assert rank(items, groups("housing"), [{1, 2}])[0] == "Co-operative housing"


def test_covering_every_idea_beats_repeating_one():
    items = [
        item("Energy, energy, energy", pk=2),
        item("Local power", summary="Community energy on estates", pk=1),
    ]
    ranked = rank(items, groups("community energy"), [{1}, {1, 2}])
    assert ranked[0] == "Local power"


def test_rare_ideas_weigh_more_than_common_ones():
    items = [item("Council story", pk=1), item("Procurement story", pk=2)]
    items += [item(f"Council {n}", pk=10 + n) for n in range(20)]
    common = {1} | {10 + n for n in range(20)}
    ranked = rank(items, groups("council procurement"), [common, {2}])
    assert ranked[0] == "Procurement story"


def test_words_in_the_order_typed_earn_a_phrase_bonus():
    items = [item("Budgeting made participatory", pk=1), item("Participatory budgeting", pk=2)]
    items.append(item("Participatory budgeting in Kirklees", pk=3))
    ranked = rank(items, groups("participatory budgeting"), [{1, 2, 3}, {1, 2, 3}])
    # An exact title first, then the words in the order typed, then the scattered ones.
    assert ranked == [
        "Participatory budgeting",
        "Participatory budgeting in Kirklees",
        "Budgeting made participatory",
    ]


def test_ties_keep_title_order_and_every_match_is_ranked():
    items = [item(f"Story {letter}", pk=n) for n, letter in enumerate("dcba", start=1)]
    ranked = rank(items, groups("housing"), [{1, 2, 3, 4}])
    assert ranked == ["Story a", "Story b", "Story c", "Story d"]


def test_only_the_best_candidates_are_checked_for_bonuses_and_they_stay_first():
    items = [item(f"Housing note {n}", pk=n) for n in range(1, CANDIDATES + 50)]
    items.append(item("Housing", pk=999))
    ranked = rank(items, groups("housing"), [{i.pk for i in items}])
    assert ranked[0] == "Housing"
    assert len(ranked) == len(items)
