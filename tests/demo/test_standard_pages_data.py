"""The standard pages' demo text: what each page says must be true of the hub."""

import re

from demo.data import pages

BY_SLUG = {page["slug"]: page for page in pages.STANDARD_PAGES}


def body_html(slug):
    return " ".join(value for kind, value in BY_SLUG[slug]["body"] if kind == "paragraph")


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
    footer = dict(pages.FOOTER_NAVIGATION)
    assert footer["Privacy notice"] == ("standard", "privacy")
    assert footer["Cookies"] == ("standard", "cookies")


def test_funding_is_findable_from_about_and_join_us():
    assert '<a href="/apply/">' in body_html("about")
    assert '<a href="/apply/">' in body_html("join-us")


def cookie_names_in_statement():
    return set(re.findall(r"<li><b>([a-z_]+)</b>", body_html("cookies")))


def test_cookie_statement_names_the_cookies():
    assert cookie_names_in_statement() == {
        "csrftoken",
        "sessionid",
        "messages",
        "wagtail_sidebar_collapsed",
    }
