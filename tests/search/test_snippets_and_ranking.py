"""Snippets, highlighting and ranking rules: pure functions, no database."""

from search import idmasks
from search.query import clean_query, expand
from search.ranking import CANDIDATES, GroupMatches, rank, text_keys
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


class Index:
    """Items as the engine sees them: {id: (title, summary)}. An engine reports, per term group,
    the ids matching anywhere (title, summary or body) and those matching in the title and in
    the summary; this finds the title and summary matches from the words, as the database's
    full-text index does."""

    def __init__(self, entries):
        self.entries = entries
        self.read = []  # the ids whose texts ranking asked for

    @property
    def length(self):
        return max(self.entries, default=0) + 1

    def mask(self, ids):
        return idmasks.of(ids, self.length)

    def matches(self, query_groups, body_hits):
        found = []
        for group, body in zip(query_groups, body_hits, strict=True):
            title = {i for i, (t, _) in self.entries.items() if group.keys & set(text_keys(t))}
            summary = {i for i, (_, s) in self.entries.items() if group.keys & set(text_keys(s))}
            found.append(
                GroupMatches(
                    anywhere=self.mask(set(body) | title | summary),
                    title=self.mask(title),
                    summary=self.mask(summary),
                )
            )
        return found

    def read_texts(self, ids):
        self.read.append(list(ids))
        return {i: self.entries[i] for i in ids}

    def rank(self, query, body_hits=None, visible=None, size=None):
        """Titles best first."""
        query_groups = groups(query)
        body_hits = body_hits or [set() for _ in query_groups]
        matches = self.matches(query_groups, body_hits)
        found = set().union(*(idmasks.ids(m.anywhere) for m in matches))
        visible = found if visible is None else visible & found
        shown = self.mask(visible)
        ranking = rank(query_groups, matches, size or len(self.entries), shown, self.read_texts)
        order = ranking.order()
        assert set(order) == set(ranking.scores) == visible
        assert ranking.best(shown, 0, len(visible)) == order
        return [self.entries[i][0] for i in order]


def test_title_match_outranks_a_summary_match_which_outranks_a_body_only_match():
    index = Index(
        {1: ("A story", ""), 2: ("Notes", "About housing"), 3: ("Co-operative housing", "")}
    )
    ranked = index.rank("housing", [{1}])
    assert ranked == ["Co-operative housing", "Notes", "A story"]


def test_covering_every_idea_beats_repeating_one():
    index = Index(
        {2: ("Energy, energy, energy", ""), 1: ("Local power", "Community energy on estates")}
    )
    assert index.rank("community energy")[0] == "Local power"


def test_covering_every_idea_in_the_body_beats_one_idea_in_the_title():
    index = Index({1: ("Energy", ""), 2: ("A story", "")})
    assert index.rank("community energy", [{2}, {2}])[0] == "A story"


def test_rare_ideas_weigh_more_than_common_ones():
    entries = {1: ("Council story", ""), 2: ("Procurement story", "")}
    entries.update({10 + n: (f"Council {n}", "") for n in range(20)})
    index = Index(entries)
    assert index.rank("council procurement")[0] == "Procurement story"
    # The same two items, with "council" as rare as "procurement": a tie, settled by title.
    assert Index(dict(list(entries.items())[:2])).rank("council procurement") == [
        "Council story",
        "Procurement story",
    ]


def test_only_visible_matches_are_ranked():
    index = Index({1: ("Housing", ""), 2: ("Housing co-operatives", ""), 3: ("Housing news", "")})
    assert index.rank("housing", visible={2, 3}) == ["Housing co-operatives", "Housing news"]
    assert set(index.read[0]) == {2, 3}


def test_words_in_the_order_typed_earn_a_phrase_bonus():
    index = Index(
        {
            1: ("Budgeting made participatory", ""),
            2: ("Participatory budgeting", ""),
            3: ("Participatory budgeting in Kirklees", ""),
            4: ("Kirklees budgets", "Participatory budgeting with residents"),
        }
    )
    ranked = index.rank("participatory budgeting", [{4}, {1, 2, 3, 4}])
    # An exact title first, then the words in the order typed in the title, then the scattered
    # ones; in a summary the phrase earns less than in a title.
    assert ranked == [
        "Participatory budgeting",
        "Participatory budgeting in Kirklees",
        "Budgeting made participatory",
        "Kirklees budgets",
    ]


def test_a_phrase_in_the_summary_beats_the_same_words_scattered_there():
    index = Index(
        {
            1: ("Report", "Budgeting that is participatory"),
            2: ("Review", "Participatory budgeting in practice"),
        }
    )
    assert index.rank("participatory budgeting") == ["Review", "Report"]


def test_ties_are_ordered_by_title_and_every_match_is_ranked():
    index = Index({n: (f"Story {letter}", "") for n, letter in enumerate("dcba", start=1)})
    assert index.rank("housing", [{1, 2, 3, 4}]) == ["Story a", "Story b", "Story c", "Story d"]


def test_nothing_visible_ranks_nothing_and_reads_nothing():
    index = Index({1: ("Housing", "")})
    assert index.rank("housing", visible=set()) == []
    assert index.read == []


def test_only_the_best_candidates_are_read_for_bonuses_and_they_stay_first():
    # Every item matches "housing" in its body; the first CANDIDATES by score (ties by id) are
    # read, and an exact title among them comes first.
    entries = {n: (f"Note {n}", "") for n in range(1, CANDIDATES + 50)}
    entries[5] = ("Housing", "")
    index = Index(entries)
    ranked = index.rank("housing", [set(entries)])
    assert ranked[0] == "Housing"
    assert len(ranked) == len(entries)
    assert len(index.read) == 1 and len(index.read[0]) == CANDIDATES
    assert set(index.read[0]) == set(range(1, CANDIDATES + 1))


def test_an_exact_title_past_the_candidates_earns_no_bonus():
    # Equal scores are ordered by id before the bonuses, so an exact title with a later id than
    # CANDIDATES equally good matches is never read, and stays behind them.
    entries = {n: (f"Housing note {n}", "") for n in range(1, CANDIDATES + 1)}
    entries[CANDIDATES + 1] = ("Housing", "")
    index = Index(entries)
    ranked = index.rank("housing")
    assert ranked[-1] == "Housing" and len(ranked) == CANDIDATES + 1
    assert CANDIDATES + 1 not in index.read[0]
    # Among fewer matches it is read, and its bonus puts it first.
    del entries[CANDIDATES]
    assert Index(entries).rank("housing")[0] == "Housing"


def test_every_page_is_the_full_order_whether_it_lies_among_the_candidates_or_not():
    # Titles, summaries and bodies give scores of every kind, some tied; pages of the best are
    # taken from the candidates' order, later ones by sorting the rest: both as a full sort.
    entries = {
        n: (f"Housing {n}" if n % 3 else f"Note {n}", "Housing" if n % 5 else "")
        for n in range(1, 2 * CANDIDATES)
    }
    index = Index(entries)
    query_groups = groups("housing")
    body = [set(range(1, 2 * CANDIDATES, 2))]
    matches = index.matches(query_groups, body)
    visible = set().union(*(idmasks.ids(m.anywhere) for m in matches)) - {7, 300}
    ranking = rank(query_groups, matches, len(entries), index.mask(visible), index.read_texts)
    order = ranking.order(index.mask(visible))
    for offset in (0, 10, CANDIDATES - 15, CANDIDATES - 5, CANDIDATES, CANDIDATES + 30):
        assert ranking.best(index.mask(visible), offset, 10) == order[offset : offset + 10]
    shown = set(order[: CANDIDATES + 40 : 2])
    assert ranking.best(index.mask(shown), 20, 10) == sorted(shown, key=order.index)[20:30]
