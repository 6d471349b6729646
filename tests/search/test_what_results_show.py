"""What search shows of a result: words only from content, real words left alone, and the year
each kind of result belongs to."""

from wagtail.rich_text import RichText

from search.service import run_search
from tests import factories


def _results(query):
    return run_search({"q": query}, None, log=False)


def test_a_heading_block_contributes_its_words_not_its_level_label(home_page):
    factories.StandardPageFactory(
        parent=home_page,
        title="Working together",
        body=[
            ("heading", {"text": "Tenant panels", "level": "h2"}),
            ("paragraph", RichText("<p>Tenants chair the panel each month.</p>")),
        ],
    )
    found = _results("tenant panels")
    assert [result.title for result in found.results] == ["Working together"]
    assert "Section heading" not in str(found.results[0].snippet)
    assert _results("section heading").total == 0


def test_a_word_found_in_the_text_is_never_corrected(home_page):
    factories.StandardPageFactory(
        parent=home_page,
        title="Shows of support",
        introduction="",
        body=[("paragraph", RichText("<p>Village shops stayed open as community shops.</p>"))],
    )
    found = _results("shops")
    assert found.suggestion is None
    snippet = str(found.results[0].snippet)
    assert "<mark>shops</mark>" in snippet and "<mark>Shows</mark>" not in snippet


def test_years_are_those_the_content_belongs_to(member_index, home_page):
    joined = factories.MemberPageFactory(parent=member_index, title="Kirklees", year_joined=2015)
    factories.MemberPageFactory(parent=member_index, title="Kirklees Labour Group")
    factories.StandardPageFactory(parent=home_page, title="Kirklees visit")

    found = _results("kirklees")
    years = {result.title: result.year for result in found.results}
    assert years == {joined.title: 2015, "Kirklees Labour Group": None, "Kirklees visit": None}
    year_facet = next(facet for facet in found.facets if facet.name == "year")
    assert [(option.label, option.count) for option in year_facet.options] == [("2015", 1)]
