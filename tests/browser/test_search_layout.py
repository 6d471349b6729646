"""The search page's layout in a real browser: on a phone the results come first and the facets
wait behind "Filter results"; on a desktop the facets are a sidebar beside the results."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
MIN_TARGET = 24  # WCAG 2.2 target size (minimum), in CSS pixels


@pytest.fixture
def stories(case_study_index, member_index):
    """Enough stories, regions, members and years for facets taller than a phone's screen."""
    regions = [factories.RegionFactory(name=f"Region {n}", slug=f"region-{n}") for n in range(3)]
    members = [
        factories.MemberPageFactory(
            parent=member_index, title=f"Borough {n} Council", region=regions[n % 3]
        )
        for n in range(4)
    ]
    for n in range(12):
        factories.CaseStudyPageFactory(
            parent=case_study_index,
            title=f"Council energy story {n}",
            summary="How a council and its residents set up community energy.",
            lead_member=members[n % 4],
            year=2012 + n,
        )


def box(locator):
    found = locator.bounding_box()
    assert found, f"{locator} is not rendered"
    return found


def assert_target_size(locator):
    found = box(locator)
    assert found["width"] >= MIN_TARGET and found["height"] >= MIN_TARGET, found


def test_on_a_phone_the_results_come_first_and_facets_open_on_request(page, home_page, stories):
    page.set_viewport_size(PHONE)
    page.goto("/search/?q=council")
    count = page.locator("#search-results-heading")
    first = page.locator(".search-result").first
    expect(count).to_contain_text("16 results")
    assert box(count)["y"] + box(count)["height"] < PHONE["height"]
    title = first.locator(".search-result__title")
    assert box(title)["y"] + box(title)["height"] < PHONE["height"]

    facets = page.locator(".search-facets")
    toggle = page.get_by_text("Filter results")
    expect(facets).to_be_hidden()
    expect(toggle).to_be_visible()
    assert_target_size(toggle)

    # By keyboard: Tab reaches the toggle before the results, and Enter opens the facets.
    page.locator("#search-page-q").focus()
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")
    expect(toggle).to_be_focused()
    outline = toggle.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("Enter")
    expect(facets).to_be_visible()
    expect(facets.get_by_role("heading", name="Year")).to_be_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.search-facets') !== null")

    # Choosing a facet keeps the results first; the filter stays in sight and can be removed.
    facets.get_by_role("link", name=re.compile(r"^Region 1 ")).click()
    expect(count).to_contain_text("4 results")
    expect(facets).to_be_hidden()
    expect(page.get_by_text("Filter results (1 chosen)")).to_be_visible()
    remove = page.get_by_role("link", name="Remove filter Region: Region 1")
    expect(remove).to_be_visible()
    assert_target_size(remove)
    assert box(first)["y"] < PHONE["height"]
    remove.click()
    expect(count).to_contain_text("16 results")
    expect(page).to_have_url(re.compile(r"/search/\?q=council$"))


def test_on_a_desktop_the_facets_are_a_sidebar(page, home_page, stories):
    page.set_viewport_size(DESKTOP)
    page.goto("/search/?q=council")
    facets = page.locator(".search-facets")
    expect(facets).to_be_visible()
    expect(page.get_by_text("Filter results")).to_be_hidden()
    results = page.locator(".search-layout__results")
    assert box(facets)["x"] + box(facets)["width"] <= box(results)["x"]
    assert abs(box(facets)["y"] - box(results)["y"]) < 40  # side by side, not stacked
    expect(facets.get_by_role("heading", name="Narrow your results", level=2)).to_be_visible()

    # Narrowing the window folds the facets away; widening it shows them again.
    page.set_viewport_size(PHONE)
    expect(facets).to_be_hidden()
    expect(page.get_by_text("Filter results")).to_be_visible()
    page.set_viewport_size(DESKTOP)
    expect(facets).to_be_visible()


@pytest.mark.parametrize(("viewport", "shown"), [(PHONE, False), (DESKTOP, True)])
def test_without_the_script_the_disclosure_still_works(page, home_page, stories, viewport, shown):
    """The page's own script is refused: the native disclosure folds the facets on a phone, and
    the stylesheet alone still shows them beside the results on a desktop."""
    page.route("**/static/js/search-filters.js", lambda route: route.fulfill(status=404, body=""))
    page.set_viewport_size(viewport)
    page.goto("/search/?q=council")
    facets = page.locator(".search-facets")
    if shown:
        expect(facets).to_be_visible()
        return
    expect(facets).to_be_hidden()
    page.get_by_text("Filter results").click()
    expect(facets).to_be_visible()
