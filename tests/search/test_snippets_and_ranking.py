"""Snippets, highlighting and ranking rules: pure functions, no database."""

from search.query import clean_query, expand
from search.ranking import rank_items, score_item
from search.snippets import highlight, make_snippet
from search.sources import Item


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


def item(title, summary="", ranks=None, pk=1):
    return Item(
        kind="page", pk=pk, type="case_study", title=title, summary=summary, group_ranks=ranks or {}
    )


def test_title_match_outranks_a_body_only_match():
    query_groups = groups("housing")
    in_title = item("Co-operative housing", ranks={0: 1}, pk=1)
    in_body = item("A story", ranks={0: 0}, pk=2)
    ranked = rank_items([in_body, in_title], query_groups, total=100)
    assert ranked[0] is in_title


def test_covering_every_idea_beats_repeating_one():
    query_groups = groups("community energy")
    both = item("Local power", summary="Community energy on estates", ranks={0: 5, 1: 5}, pk=1)
    one = item("Energy, energy, energy", ranks={1: 0}, pk=2)
    ranked = rank_items([one, both], query_groups, total=100)
    assert ranked[0] is both


def test_rare_ideas_weigh_more_than_common_ones():
    query_groups = groups("council procurement")
    common = item("Council story", ranks={0: 0}, pk=1)
    rare = item("Procurement story", ranks={1: 0}, pk=2)
    others = [item(f"Council {n}", ranks={0: n + 1}, pk=10 + n) for n in range(20)]
    ranked = rank_items([common, rare, *others], query_groups, total=100)
    assert ranked[0] is rare


def test_words_in_the_order_typed_earn_a_phrase_bonus():
    query_groups = groups("participatory budgeting")
    weights = [1.0, 1.0]
    in_order = item("Participatory budgeting in Kirklees", ranks={0: 0, 1: 0})
    scattered = item("Budgeting made participatory", ranks={0: 0, 1: 0})
    assert score_item(in_order, query_groups, weights, [1, 1]) > score_item(
        scattered, query_groups, weights, [1, 1]
    )


def test_an_item_matching_nothing_scores_zero():
    assert score_item(item("Parks"), groups("housing"), [1.0], [0]) == 0.0


def test_best_candidates_bounds_the_work_and_keeps_the_strongest():
    from search.ranking import best_candidates

    ranks = {("page", n): {0: n} for n in range(1, 50)}  # matching only the common word
    ranks[("page", 99)] = {0: 40, 1: 0}  # matching both, one of them rare
    kept = best_candidates(ranks, group_count=2, total=1000, limit=10)
    assert len(kept) == 10
    assert ("page", 99) in kept and ("page", 1) in kept and ("page", 49) not in kept
    assert best_candidates(ranks, 2, 1000, limit=100) == set(ranks)
