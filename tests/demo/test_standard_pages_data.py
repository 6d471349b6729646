"""The standard pages' demo text, as the importers' body reader gives it to the pages: what
each page says must be true of the hub."""

import re

from demo.loader import content
from tests.helpers.standard_pages import BY_SLUG, body_html, cookie_names_in_statement


def test_the_principles_are_numbered_once():
    html = body_html("values-and-principles")
    items = re.findall(r"<li>(.*?)</li>", html.split("<ol>")[1].split("</ol>")[0])
    assert len(items) == 10
    assert items[0].startswith("<b>Social partnership.</b>")
    assert not any(re.match(r"(<b>)?\s*\d", item) for item in items)


def test_the_about_page_promises_no_events():
    assert "event" not in body_html("about").lower()


def test_the_accessibility_statement_says_when_it_was_prepared_and_reviewed():
    html = body_html("accessibility-statement")
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    date = rf"\d{{1,2}} ({months}) \d{{4}}"
    assert re.search(rf"This statement was prepared on {date}\.", html)
    assert re.search(rf"It was last reviewed on {date}", html)


def test_privacy_notice_and_cookie_statement_are_linked_from_the_footer():
    assert {"privacy", "cookies"} <= set(BY_SLUG)
    footer = {link["label"]: link for link in content.document("site.json")["footer_navigation"]}
    assert footer["Privacy notice"]["page"] == "privacy"
    assert footer["Cookies"]["page"] == "cookies"


def test_funding_is_findable_from_about_and_join_us():
    assert '<a href="/apply/">' in body_html("about")
    assert '<a href="/apply/">' in body_html("join-us")


def test_cookie_statement_names_the_cookies():
    assert cookie_names_in_statement() == {
        "csrftoken",
        "sessionid",
        "messages",
        "wagtail_sidebar_collapsed",
    }
