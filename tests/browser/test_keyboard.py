"""The hub with a keyboard alone: the skip link, the order focus takes through the header, the
search suggestions, a listing's filters and pages, a form sent with a mistake; a focus ring on
everything that takes focus; and no motion for people who ask for none."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from core.models import SiteChrome
from tests import factories

from .tabs import open_tab

pytestmark = pytest.mark.django_db

# Whether the focused element shows a focus indicator: an outline or a ring drawn as a shadow.
FOCUS_SHOWN = """() => {
    const style = getComputedStyle(document.activeElement);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return outline || (style.boxShadow !== "none" && style.boxShadow !== "");
}"""

# A short description of the focused element, to compare focus order with document order.
FOCUSED = """() => {
    const element = document.activeElement;
    return (element.id || element.getAttribute("href") || element.textContent.trim()).slice(0, 60);
}"""


@pytest.fixture
def site(home_page, member_index, case_study_index, lab_index):
    housing = factories.ThemeFactory(name="Housing", slug="housing")
    energy = factories.ThemeFactory(name="Energy", slug="energy")
    member = factories.MemberPageFactory(parent=member_index, title="Rochdale Borough Council")
    add_stories(case_study_index, member, [energy, housing], range(4))
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.primary_navigation = [
        ("link", {"label": "Case studies", "page": case_study_index, "url": ""}),
        ("link", {"label": "Policy labs", "page": lab_index, "url": ""}),
        ("link", {"label": "Apply for funding", "page": None, "url": "/apply/"}),
        ("link", {"label": "Members", "page": member_index, "url": ""}),
    ]
    chrome.save()
    return {"stories": case_study_index, "member": member, "themes": [energy, housing]}


def add_stories(index, member, themes, numbers):
    """Stories alternating between two themes: "Energy story 0", "Housing story 1", …"""
    energy, housing = themes
    for number in numbers:
        factories.CaseStudyPageFactory(
            parent=index,
            title=f"Housing story {number}" if number % 2 else f"Energy story {number}",
            lead_member=member,
            year=2010 + number,
            themes=[housing if number % 2 else energy],
        )


@pytest.fixture
def two_pages_of_stories(site):
    """Fourteen stories in all, seven a theme: more than one page of twelve."""
    add_stories(site["stories"], site["member"], site["themes"], range(4, 14))
    return site


def press_tab_until(page, locator, limit=60):
    """Press Tab until `locator` has focus, checking each stop shows where focus is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_SHOWN), f"no focus indicator on {page.evaluate(FOCUSED)}"
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{locator} never took focus in {limit} presses of Tab")


def test_the_skip_link_comes_first_shows_itself_and_moves_focus_to_the_content(page, site):
    page.goto(site["stories"].url)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] >= 24, box
    assert page.evaluate(FOCUS_SHOWN)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # The next Tab goes into the content, past the header and navigation.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_focus_goes_through_the_header_and_navigation_in_reading_order(page, site):
    page.goto(site["stories"].url)
    expected = page.evaluate(
        """() => [...document.querySelectorAll(
            ".skip-link, header a, header input:not([type=hidden]), header button"
        )].map(e => (e.id || e.getAttribute("href") || e.textContent.trim()).slice(0, 60))"""
    )
    seen = []
    for _ in expected:
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_SHOWN), f"no focus indicator on {page.evaluate(FOCUSED)}"
        seen.append(page.evaluate(FOCUSED))
    assert seen == expected
    assert "/apply/" in seen  # the funding application is in the navigation
    assert seen.index("site-search-q") < seen.index("/apply/")


def test_the_search_suggestions_work_with_the_keyboard_alone(page, site):
    page.goto(site["stories"].url)
    box = page.locator("#site-search-q")
    press_tab_until(page, box)
    page.keyboard.type("housing sto", delay=20)
    listbox = page.locator("#site-search-q-listbox")
    expect(listbox).to_be_visible()
    options = listbox.get_by_role("option")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowUp")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(box).to_be_focused()  # focus stays in the box; the option is its active descendant
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_value("housing sto")
    page.keyboard.press("ArrowDown")  # opens the list again on its first suggestion
    expect(listbox).to_be_visible()
    expect(options.first).to_have_attribute("aria-selected", "true")
    chosen = options.first.locator("span").first.inner_text()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(chosen)


def test_filters_and_pages_of_a_listing_work_with_the_keyboard_alone(page, two_pages_of_stories):
    site = two_pages_of_stories
    page.goto(site["stories"].url)
    theme = page.get_by_label("Theme", exact=True)
    press_tab_until(page, theme)
    # A closed select changes its choice with the arrow keys.
    for _ in range(5):
        if theme.evaluate("select => select.selectedOptions[0].text") == "Housing":
            break
        page.keyboard.press("ArrowDown")
    press_tab_until(page, page.get_by_role("button", name="Apply filters"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"theme=housing"))
    expect(page.locator(".result-summary__count")).to_contain_text("7")

    page.goto(site["stories"].url)
    next_page = page.get_by_role("link", name="Next page")
    press_tab_until(page, next_page, limit=120)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(page.get_by_role("link", name="Page 2")).to_have_attribute("aria-current", "page")


def test_a_form_sent_with_a_mistake_is_put_right_with_the_keyboard_alone(page, site, settings):
    from contact.models import ContactPage

    contact = ContactPage(
        title="Contact us",
        slug="contact",
        introduction="<p>Write to us.</p>",
        confirmation="<p>We reply within five working days.</p>",
    )
    site["stories"].get_parent().add_child(instance=contact)
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.contact_email = "comms@example.org"
    chrome.save()

    page.goto(contact.url)
    name = page.get_by_label(re.compile(r"^Your name"))
    press_tab_until(page, name)
    page.keyboard.type("Ada Lovelace")
    page.keyboard.press("Tab")
    expect(page.get_by_label(re.compile(r"^Your email"))).to_be_focused()
    page.keyboard.type("ada.example.org")  # the mistake
    press_tab_until(page, page.get_by_role("button", name=re.compile("Send")))
    page.keyboard.press("Enter")

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    page.keyboard.press("Tab")
    expect(summary.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Enter")
    email = page.get_by_label(re.compile(r"^Your email"))
    expect(email).to_be_focused()
    expect(page.get_by_label(re.compile(r"^Your name"))).to_have_value("Ada Lovelace")
    page.keyboard.press("Control+A")
    page.keyboard.type("ada@example.org")


# Animations and transitions longer than this are motion a person asked not to see.
MOVING = """() => {
    const seconds = (text) => Math.max(...text.split(",").map(part => parseFloat(part) || 0));
    const moving = [];
    for (const element of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
            const style = getComputedStyle(element, pseudo);
            const animated = style.animationName !== "none"
                && seconds(style.animationDuration) > 0.001;
            const transition = seconds(style.transitionDuration) > 0.001;
            if (animated || transition) moving.push(element.tagName + (pseudo || ""));
        }
    }
    return {
        moving,
        smooth: getComputedStyle(document.documentElement).scrollBehavior === "smooth",
        asked: matchMedia("(prefers-reduced-motion: reduce)").matches,
    };
}"""


def test_nothing_moves_for_people_who_ask_for_reduced_motion(browser, client, site):
    context, tab, violations = open_tab(browser, client, reduced_motion="reduce")
    try:
        for path in ("/", site["stories"].url, site["member"].url, "/search/?q=housing"):
            tab.goto(path)
            found = tab.evaluate(MOVING)
            assert found["asked"]
            assert not found["moving"], (path, found["moving"])
            assert not found["smooth"], path
        tab.goto("/")
        tab.locator("#site-search-q").press_sequentially("housing", delay=20)
        expect(tab.locator("#site-search-q-listbox")).to_be_visible()
        assert not tab.evaluate(MOVING)["moving"]
    finally:
        context.close()
    assert not violations
