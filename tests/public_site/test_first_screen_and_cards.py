"""The home page's first screen has one search box, with suggestions; labs and toolkits share a
grid; cards without a picture are typographic, never a stand-in image."""

import re

from django.test import Client

from tests import factories


def get(url):
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def search_forms(html):
    return re.findall(r'<form class="([^"]*)" action="/search/"[^>]*role="search"', html)


def test_the_home_page_has_one_search_box_and_it_offers_suggestions(graph, home_page):
    html = get(home_page.url)
    assert search_forms(html) == ["hero__search"]
    assert html.count('data-search-suggest="/api/search/suggest/"') == 1
    # The same ids as the header's box elsewhere: one site search, wherever it sits.
    assert 'id="site-search-q"' in html
    assert "aria-controls" not in html  # the script adds the combobox roles, not the markup
    # It comes before the introduction, so it is in the first screen on a phone too.
    assert html.index('id="site-search-q"') < html.index('class="hero__intro')


def test_other_pages_keep_the_header_search_with_suggestions(graph, case_study_index):
    html = get(case_study_index.url)
    assert search_forms(html) == ["site-search"]
    assert 'data-search-listbox="site-search-q-listbox"' in html
    assert 'id="site-search-q-status"' in html


def test_a_single_toolkit_shares_the_grid_with_the_labs(graph, home_page):
    html = get(home_page.url)
    section = html[html.index('aria-labelledby="labs-heading"') :]
    section = section[: section.index("</section>")]
    assert section.count('<ul class="card-grid">') == 1
    assert graph["lab"].title in section
    assert graph["toolkit"].title in section
    assert 'id="toolkits-heading"' not in html


def test_cards_without_a_picture_are_typographic(graph, case_study_index):
    html = get(case_study_index.url)
    card = r'<article class="([^"]*)">.*?class="card__title"><a href="[^"]*">([^<]*)<'
    classes_by_title = {title: classes for classes, title in re.findall(card, html, re.S)}
    # The story with a listing image shows it; the one without is a text card with no image.
    assert classes_by_title == {
        "Community energy in Rochdale": "card",
        "Tenant-led repairs": "card card--text",
    }


def test_members_show_an_uploaded_logo_or_no_picture(graph, member_index):
    html = get(member_index.url)
    articles = re.findall(r'<article class="([^"]*)">(.*?)</article>', html, re.S)
    by_title = {
        re.search(r'class="card__title"><a href="[^"]*">([^<]*)<', body).group(1): (classes, body)
        for classes, body in articles
    }
    classes, body = by_title["Rochdale Borough Council"]
    assert classes == "card card--logo" and "<img" in body
    classes, body = by_title["Hackney Council"]
    assert classes == "card card--text" and "<img" not in body


def test_a_member_without_a_logo_has_no_picture_on_its_profile(member_index):
    member = factories.MemberPageFactory(parent=member_index, title="Wigan Council")
    html = get(member.url)
    header = html[html.index('<header class="page-header page-header--member">') :]
    assert "<img" not in header[: header.index("</header>")]
