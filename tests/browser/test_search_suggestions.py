"""Suggestions as you type, in a real browser: the header's search box and the search page's."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(case_study_index, member):
    housing = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Housing co-operatives in Rochdale",
        summary="Tenants run their homes together.",
        lead_member=member,
    )
    factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Community energy on estates",
        summary="Residents own the solar panels.",
        lead_member=member,
    )
    return {"housing": housing}


def test_header_box_suggests_titles_and_opens_the_chosen_one(page, home_page, stories):
    page.goto("/")
    box = page.locator("#site-search-q")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("housing co", delay=20)
    listbox = page.locator("#site-search-q-listbox")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_contain_text("Housing co-operatives in Rochdale")
    expect(page.locator("#site-search-q-status")).to_contain_text("suggestion")

    box.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))

    box.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(stories["housing"].url_path.split("/", 2)[2])))
    expect(page.locator("h1")).to_have_text("Housing co-operatives in Rochdale")


def test_escape_closes_the_list_and_enter_then_searches_for_what_was_typed(
    page, home_page, stories
):
    page.goto("/")
    box = page.locator("#site-search-q")
    box.press_sequentially("energy", delay=20)
    expect(page.locator("#site-search-q-listbox")).to_be_visible()
    box.press("Escape")
    expect(page.locator("#site-search-q-listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("energy")

    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=energy$"))
    expect(page.locator("main")).to_contain_text("Community energy on estates")


def test_search_page_box_suggests_too_and_a_click_chooses(page, home_page, stories):
    page.goto("/search/")
    box = page.locator("#search-page-q")
    box.press_sequentially("community en", delay=20)
    option = page.locator("#search-page-q-listbox").get_by_role("option").first
    expect(option).to_contain_text("Community energy on estates")
    option.click()
    expect(page.locator("h1")).to_have_text("Community energy on estates")


def test_nothing_is_suggested_for_one_letter_or_an_unknown_word(page, home_page, stories):
    page.goto("/")
    box = page.locator("#site-search-q")
    box.press_sequentially("h", delay=20)
    page.wait_for_timeout(400)
    expect(page.locator("#site-search-q-listbox")).to_be_hidden()
    box.press_sequentially("qqzz", delay=20)
    expect(page.locator("#site-search-q-status")).to_have_text("No suggestions.")
    expect(page.locator("#site-search-q-listbox")).to_be_hidden()
