"""The member directory: search by name, A to Z, and the map of regions with its list."""

import html as html_lib
import re

import pytest
from django.test import Client

from core.models import Region
from members.choices import MemberType
from tests import factories


def get(url, **params):
    response = Client().get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def titles(html):
    found = re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', html)
    return [html_lib.unescape(title) for title in found]


def section(html, start_marker, end_marker):
    start = html.index(start_marker)
    return html[start : html.index(end_marker, start)]


def letter_nav(html):
    return section(html, 'aria-label="Members by first letter"', "</nav>")


def svg(html):
    return section(html, "<svg", "</svg>")


def region_list(html):
    return section(html, '<ul class="region-list">', "</ul>")


@pytest.fixture
def regions(db):
    return {slug: Region.objects.get(slug=slug) for slug in ("north-west", "london", "wales")}


@pytest.fixture
def directory(member_index, regions):
    def member(title, region, member_type=MemberType.FULL, also_known_as=""):
        return factories.MemberPageFactory(
            parent=member_index,
            title=title,
            region=regions.get(region),
            member_type=member_type,
            also_known_as=also_known_as,
        )

    return {
        "barking": member("Barking & Dagenham Council", "london", also_known_as="LBBD"),
        "bassetlaw": member("Bassetlaw District Council", None),
        "brent": member("Brent Council", "london"),
        "rochdale": member("Rochdale Borough Council", "north-west"),
        "coops": member("Co-operatives UK", "north-west", MemberType.AFFILIATE),
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("brent", ["Brent Council"]),
        ("BRENT", ["Brent Council"]),
        ("  rochdale  ", ["Rochdale Borough Council"]),
        ("district", ["Bassetlaw District Council"]),
        # Other names are found too, and "&" and "and" are the same word.
        ("lbbd", ["Barking & Dagenham Council"]),
        ("Barking and Dagenham", ["Barking & Dagenham Council"]),
        ("co-operatives & friends", []),
    ],
)
def test_name_search(directory, member_index, query, expected):
    assert titles(get(member_index.url, q=query)) == expected


def test_name_search_shows_what_was_searched_for(directory, member_index):
    html = get(member_index.url, q="brent")
    assert 'name="q" value="brent"' in html
    assert "Name: brent" in html  # the chip that removes it
    assert 'type="search"' in html


@pytest.mark.parametrize("query", ["x" * 101, "brent\x00"])
def test_a_name_search_that_does_not_validate_is_dropped(directory, member_index, query):
    assert len(titles(get(member_index.url, q=query))) == len(directory)


def test_name_search_combines_with_the_other_filters(directory, member_index):
    found = titles(get(member_index.url, q="council", region="london", member_type="full"))
    assert found == ["Barking & Dagenham Council", "Brent Council"]


def test_letters_link_only_where_members_start_with_them(directory, member_index):
    nav = letter_nav(get(member_index.url))
    linked = re.findall(r'<a class="az__item" href="[^"]*letter=([A-Z])', nav)
    assert linked == ["B", "C", "R"]
    # The others are plain text, so nobody follows a link to an empty page.
    assert re.search(r'<span class="az__item az__item--none">A<span class="visually-hidden">', nav)
    assert re.search(r'<span class="az__item az__item--none">Z<span', nav)
    assert 'aria-current="true">All</a>' in nav


def test_a_letter_lists_its_members_and_is_marked_current(directory, member_index):
    html = get(member_index.url, letter="B")
    assert titles(html) == [
        "Barking & Dagenham Council",
        "Bassetlaw District Council",
        "Brent Council",
    ]
    nav = letter_nav(html)
    assert re.search(r'href="[^"]*letter=B" aria-current="true">B</a>', nav)
    assert 'aria-current="true">All' not in nav
    assert "Starts with: B" in html
    # Changing the other filters keeps the letter.
    assert 'type="hidden" name="letter" value="B"' in html


def test_a_letter_is_read_in_either_case_and_nonsense_is_dropped(directory, member_index):
    assert titles(get(member_index.url, letter="r")) == ["Rochdale Borough Council"]
    for nonsense in ("BR", "1", "%", "\x00"):
        assert len(titles(get(member_index.url, letter=nonsense))) == len(directory)


def test_letters_follow_the_other_filters_and_keep_them(directory, member_index):
    nav = letter_nav(get(member_index.url, region="north-west", page="2"))
    links = re.findall(r'<a class="az__item" href="([^"]*)"', nav)
    letters = [html_lib.unescape(link) for link in links]
    assert letters == [
        f"{member_index.url}?region=north-west",
        f"{member_index.url}?region=north-west&letter=C",
        f"{member_index.url}?region=north-west&letter=R",
    ]


def test_each_region_on_the_map_links_to_its_members(directory, member_index):
    drawing = svg(get(member_index.url))
    region_link = r'<a class="[^"]*" href="([^"]*)" aria-label="([^"]*)"'
    links = {label: html_lib.unescape(href) for href, label in re.findall(region_link, drawing)}
    assert links == {
        "London: 2 members": f"{member_index.url}?region=london",
        "North West: 2 members": f"{member_index.url}?region=north-west",
    }
    # Every drawn region has a shape; those without members are drawn but are not links.
    assert drawing.count('class="region-map__region region-map__region--none"') == 10
    assert "<title>London: 2 members</title>" in drawing
    # London, the smallest, is drawn last so its neighbours never cover its count.
    assert drawing.index('aria-label="London') > drawing.rindex("region-map__region--none")
    assert drawing.index('aria-label="London') > drawing.index('aria-label="North West')


def test_the_map_counts_follow_the_other_filters(directory, member_index):
    drawing = svg(get(member_index.url, member_type="affiliate"))
    labels = re.findall(r'aria-label="([^"]*)"', drawing)
    assert labels == ["North West: 1 member"]
    assert f'href="{member_index.url}?member_type=affiliate&amp;region=north-west"' in drawing


def test_the_chosen_region_is_marked_on_the_map_and_in_the_list(directory, member_index):
    html = get(member_index.url, region="london")
    assert titles(html) == ["Barking & Dagenham Council", "Brent Council"]
    assert re.search(r'aria-label="London: 2 members" aria-current="true"', svg(html))
    assert re.search(r'region=london" aria-current="true">London', region_list(html))


def test_the_list_beside_the_map_has_the_same_links_and_every_region(directory, member_index):
    html = get(member_index.url)
    listed = region_list(html)
    assert html_lib.unescape(listed).count("<a ") == 2
    assert f'href="{member_index.url}?region=london">London <span class="region-list__count">' in (
        listed
    )
    assert 'Wales <span class="region-list__count">no members</span>' in listed
    # Every region on the map, and England only if a member is placed in it.
    assert listed.count("<li>") == Region.objects.exclude(slug="england").count()


def test_the_map_says_it_is_schematic_and_who_is_not_on_it(directory, member_index):
    html = get(member_index.url)
    caption = section(html, '<figcaption id="region-map-caption"', "</figcaption>")
    assert "schematic map of the UK" in caption
    assert "Not on the map: 1 member working across the UK." in caption
    assert 'role="group" aria-labelledby="region-map-caption"' in svg(html)
