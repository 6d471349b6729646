"""Index pages: filters alone and combined, bad values, the empty state and pagination."""

import re

import pytest
from django.test import Client

from core.listing import PAGE_SIZE
from core.models import Region
from labs.choices import LabKind, LabStatus
from members.choices import MemberType
from tests import factories


def titles(url, **params):
    """The card titles an index page lists, in order, for these query parameters."""
    response = Client().get(url, params)
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', html), html


@pytest.fixture
def places(db):
    return {
        "north": Region.objects.get_or_create(slug="north-west", defaults={"name": "North West"})[
            0
        ],
        "london": Region.objects.get_or_create(slug="london", defaults={"name": "London"})[0],
    }


@pytest.fixture
def themes(db):
    return {
        "housing": factories.ThemeFactory(name="Housing", slug="housing"),
        "energy": factories.ThemeFactory(name="Energy and climate", slug="energy-and-climate"),
    }


@pytest.fixture
def councils(member_index, places):
    return {
        "rochdale": factories.MemberPageFactory(
            parent=member_index, title="Rochdale", region=places["north"]
        ),
        "hackney": factories.MemberPageFactory(
            parent=member_index, title="Hackney", region=places["london"]
        ),
        "coops": factories.MemberPageFactory(
            parent=member_index,
            title="Co-operatives UK",
            member_type=MemberType.AFFILIATE,
            region=places["north"],
        ),
    }


@pytest.fixture
def stories(case_study_index, councils, themes):
    principle = factories.principle
    return {
        "a": factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Alpha story",
            lead_member=councils["rochdale"],
            year=2020,
            themes=[themes["housing"]],
            principles=[principle(3)],
        ),
        "b": factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Beta story",
            lead_member=councils["hackney"],
            partner_members=[councils["rochdale"]],
            year=2020,
            themes=[themes["energy"]],
            principles=[principle(1)],
        ),
        "c": factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Gamma story",
            lead_member=councils["hackney"],
            year=2018,
            themes=[themes["housing"], themes["energy"]],
            principles=[principle(3)],
        ),
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["Alpha story", "Beta story", "Gamma story"]),
        ({"theme": "housing"}, ["Alpha story", "Gamma story"]),
        ({"principle": "social-partnership"}, ["Beta story"]),
        ({"region": "london"}, ["Beta story", "Gamma story"]),
        # A member's stories are those it led and those it joined as a partner.
        ({"member": "rochdale"}, ["Alpha story", "Beta story"]),
        ({"year": "2018"}, ["Gamma story"]),
        ({"theme": "housing", "year": "2020"}, ["Alpha story"]),
        (
            {"theme": "energy-and-climate", "region": "london", "principle": "co-production"},
            ["Gamma story"],
        ),
        ({"member": "hackney", "year": "2020", "theme": "energy-and-climate"}, ["Beta story"]),
    ],
)
def test_case_study_filters(stories, case_study_index, params, expected):
    found, html = titles(case_study_index.url, **params)
    assert found == expected
    count = len(expected)
    assert f"{count} case {'study' if count == 1 else 'studies'}" in html


def test_active_filters_are_listed_in_words(stories, case_study_index):
    _, html = titles(case_study_index.url, theme="housing", year="2020", member="rochdale")
    assert "Theme: Housing" in html
    assert "Year: 2020" in html
    assert "Member: Rochdale" in html
    assert '<option value="housing" selected>Housing</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        "theme=nope&year=abc&page=999&member=%00",
        "principle=%ff%fe&region=' OR 1=1 --&year=99999999999999999999",
        "page=-1&page=abc&theme=",
        "year=2020&year=abc",
    ],
)
def test_bad_filter_values_give_a_normal_page(stories, case_study_index, query):
    response = Client().get(f"{case_study_index.url}?{query}")
    assert response.status_code == 200
    assert "case studies" in response.content.decode() or "case study" in response.content.decode()


def test_bad_values_are_dropped_and_good_ones_kept(stories, case_study_index):
    found, html = titles(case_study_index.url, theme="housing", year="abc", member="\x00")
    assert found == ["Alpha story", "Gamma story"]
    assert "Theme: Housing" in html and "Year:" not in html


def test_empty_result_state(stories, case_study_index):
    factories.ThemeFactory(name="Digital", slug="digital")
    found, html = titles(case_study_index.url, theme="digital")
    assert found == []
    assert "0 case studies" in html
    assert "No case studies match these filters." in html
    assert f'<a href="{case_study_index.url}">clear all filters</a>' in html
    assert 'class="pagination"' not in html


def test_empty_index_says_there_is_nothing_yet(toolkit_index):
    found, html = titles(toolkit_index.url)
    assert found == []
    assert "There are no toolkits yet." in html


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["Co-operatives UK", "Hackney", "Rochdale"]),
        ({"member_type": "affiliate"}, ["Co-operatives UK"]),
        ({"member_type": "full"}, ["Hackney", "Rochdale"]),
        ({"region": "north-west"}, ["Co-operatives UK", "Rochdale"]),
        ({"region": "north-west", "member_type": "full"}, ["Rochdale"]),
        ({"member_type": "nonsense", "region": "london"}, ["Hackney"]),
    ],
)
def test_member_filters(councils, member_index, params, expected):
    found, html = titles(member_index.url, **params)
    assert found == expected


@pytest.fixture
def labs(lab_index, councils, themes):
    return {
        "one": factories.PolicyLabPageFactory(
            parent=lab_index,
            title="Lab one",
            lead_member=councils["rochdale"],
            round_year=2018,
            status=LabStatus.COMPLETED,
            themes=[themes["housing"]],
        ),
        "two": factories.PolicyLabPageFactory(
            parent=lab_index,
            title="Lab two",
            lead_member=councils["hackney"],
            partner_members=[councils["coops"]],
            round_year=2024,
            status=LabStatus.IN_PROGRESS,
            kind=LabKind.POLICY_PROTOTYPE,
            themes=[themes["energy"]],
        ),
        "three": factories.PolicyLabPageFactory(
            parent=lab_index,
            title="Lab three",
            lead_member=councils["rochdale"],
            round_year=2024,
            status=LabStatus.FUNDED,
            themes=[themes["housing"]],
        ),
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        # Newest round first, then by title.
        ({}, ["Lab three", "Lab two", "Lab one"]),
        ({"status": "completed"}, ["Lab one"]),
        ({"round": "2024"}, ["Lab three", "Lab two"]),
        ({"round": "2024", "status": "funded"}, ["Lab three"]),
        ({"kind": "policy_prototype"}, ["Lab two"]),
        ({"theme": "housing"}, ["Lab three", "Lab one"]),
        ({"region": "london"}, ["Lab two"]),
        ({"member": "co-operatives-uk"}, ["Lab two"]),
        ({"member": "rochdale", "round": "2018", "theme": "housing"}, ["Lab one"]),
        ({"round": "2031", "status": "nope"}, ["Lab three", "Lab two", "Lab one"]),
    ],
)
def test_lab_filters(labs, lab_index, params, expected):
    found, html = titles(lab_index.url, **params)
    assert found == expected


def test_lab_filter_labels_read_as_words(labs, lab_index):
    _, html = titles(lab_index.url, status="in_progress", round="2024")
    assert "Status: In progress" in html
    assert "Funding round: 2024" in html


@pytest.fixture
def toolkits(toolkit_index, labs, themes):
    return {
        "from_one": factories.ToolkitPageFactory(
            parent=toolkit_index,
            title="Kit A",
            originating_lab=labs["one"],
            themes=[themes["housing"]],
        ),
        "from_two": factories.ToolkitPageFactory(
            parent=toolkit_index,
            title="Kit B",
            originating_lab=labs["two"],
            themes=[themes["energy"]],
        ),
        "standalone": factories.ToolkitPageFactory(
            parent=toolkit_index, title="Kit C", themes=[themes["housing"]]
        ),
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["Kit A", "Kit B", "Kit C"]),
        ({"theme": "housing"}, ["Kit A", "Kit C"]),
        ({"region": "london"}, ["Kit B"]),
        # A member's toolkits come from the labs it led or joined.
        ({"member": "co-operatives-uk"}, ["Kit B"]),
        ({"member": "rochdale"}, ["Kit A"]),
        ({"member": "rochdale", "theme": "energy-and-climate"}, []),
    ],
)
def test_toolkit_filters(toolkits, toolkit_index, params, expected):
    found, html = titles(toolkit_index.url, **params)
    assert found == expected


def test_toolkit_principle_filter(toolkits, toolkit_index):
    toolkits["from_two"].principles.set([factories.principle(9)])
    toolkits["from_two"].save()
    found, _ = titles(toolkit_index.url, principle="learning")
    assert found == ["Kit B"]


@pytest.fixture
def many_stories(case_study_index, themes, member):
    return [
        factories.CaseStudyPageFactory(
            parent=case_study_index,
            title=f"Story {number:02d}",
            lead_member=member,
            year=2020,
            themes=[themes["housing"] if number % 2 else themes["energy"]],
        )
        for number in range(1, 2 * PAGE_SIZE + 3)
    ]


def test_pagination(many_stories, case_study_index):
    first, html = titles(case_study_index.url)
    assert len(first) == PAGE_SIZE
    assert '<nav class="pagination" aria-label="Pagination">' in html
    assert 'aria-current="page"><span class="visually-hidden">Page </span>1</a>' in html
    assert "Page 1 of 3" in html
    assert f"{2 * PAGE_SIZE + 2} case studies" in html
    last, html = titles(case_study_index.url, page="3")
    assert len(last) == 2
    assert not set(first) & set(last)
    assert 'rel="prev"' in html and 'rel="next"' not in html
    # An out-of-range page shows the last page rather than an error.
    beyond, _ = titles(case_study_index.url, page="999")
    assert beyond == last


def test_pagination_keeps_the_filters(many_stories, case_study_index):
    found, html = titles(case_study_index.url, theme="housing", year="2020")
    assert len(found) == PAGE_SIZE
    assert all(int(title.split()[-1]) % 2 for title in found)
    assert "?theme=housing&amp;year=2020&amp;page=2" in html
    second, html = titles(case_study_index.url, theme="housing", year="2020", page="2")
    assert len(second) == 1
    assert "?theme=housing&amp;year=2020&amp;page=1" in html


def select_names(html):
    """The names of the filter selects an index page offers."""
    return re.findall(r'<select name="([a-z_]+)"', html)


def options(html, name):
    """The values a filter select offers, besides "Any"."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [value for value in re.findall(r'<option value="([^"]*)"', select) if value]


def test_each_active_filter_links_to_the_listing_without_it(stories, case_study_index):
    url = case_study_index.url
    _, html = titles(url, theme="housing", year="2020", page="1")
    assert (
        f'<a class="chip chip--removable" href="{url}?year=2020">'
        '<span class="visually-hidden">Remove filter </span>Theme: Housing' in html
    )
    assert f'href="{url}?theme=housing"><span class="visually-hidden">Remove filter </span>' in html
    found, _ = titles(url, year="2020")
    assert found == ["Alpha story", "Beta story"]
    # Removing the last one leads to the plain index.
    _, html = titles(url, theme="housing")
    assert f'href="{url}"><span class="visually-hidden">Remove filter </span>Theme' in html


def test_filters_that_cannot_narrow_the_listing_are_not_offered(labs, lab_index):
    # Three labs: two regions, three statuses, two kinds, two rounds, two themes; the only
    # principles are none at all, so that filter could never keep anything.
    _, html = titles(lab_index.url)
    assert select_names(html) == ["theme", "region", "member", "status", "kind", "round"]
    assert options(html, "theme") == ["energy-and-climate", "housing"]
    # Only the members the labs involve, not every member.
    assert options(html, "member") == ["co-operatives-uk", "hackney", "rochdale"]
    assert options(html, "status") == ["funded", "in_progress", "completed"]


def test_an_option_every_item_has_is_not_offered(labs, lab_index, themes):
    for lab in labs.values():
        lab.themes.add(themes["housing"])
        lab.save()
    _, html = titles(lab_index.url)
    # Housing is on every lab and would keep them all; energy alone is one option, too few.
    assert "theme" not in select_names(html)


def test_a_filter_in_force_stays_offered(labs, lab_index, themes):
    for lab in labs.values():
        lab.themes.add(themes["housing"])
        lab.save()
    found, html = titles(lab_index.url, theme="housing")
    assert found == ["Lab three", "Lab two", "Lab one"]
    assert "theme" in select_names(html)
    assert '<option value="housing" selected>Housing</option>' in html


def test_a_listing_with_one_item_offers_no_filters(lab_index, councils, themes):
    factories.PolicyLabPageFactory(
        parent=lab_index, title="Only lab", lead_member=councils["rochdale"]
    )
    found, html = titles(lab_index.url)
    assert found == ["Only lab"]
    assert select_names(html) == []
    assert 'class="filters"' not in html
