"""The small hub the search tests and the search engine tests build: two members, three
stories, a toolkit, a lab and an about page, tagged with three themes and two regions.

A pytest plugin (`pytest_plugins` in tests/conftest.py): its fixtures are there for every test,
and a package's own fixture of the same name takes precedence."""

import pytest

from tests import factories

THEMES = {"housing": "Housing", "energy": "Energy", "digital": "Digital"}
REGIONS = {"north-west": "North West", "london": "London"}
# name: (title, region)
MEMBERS = {
    "rochdale": ("Rochdale Borough Council", "north-west"),
    "lambeth": ("Lambeth Council", "london"),
}
# name: (title, summary, lead member, year, theme)
STORIES = {
    "housing_story": (
        "Co-operative housing in Rochdale",
        "Tenants and the council set up a housing co-operative to run their homes.",
        "rochdale",
        2019,
        "housing",
    ),
    "energy_story": (
        "Community energy in Lambeth",
        "Residents own solar panels on estates through a community energy society.",
        "lambeth",
        2022,
        "energy",
    ),
    "broadband_story": (
        "Full fibre for rural villages",
        "A council helped villages organise to bring full fibre connections.",
        "rochdale",
        2021,
        "digital",
    ),
}


@pytest.fixture
def themes(db):
    return {slug: factories.ThemeFactory(name=name, slug=slug) for slug, name in THEMES.items()}


@pytest.fixture
def regions(db):
    return {slug: factories.RegionFactory(name=name, slug=slug) for slug, name in REGIONS.items()}


@pytest.fixture
def corpus(home_page, member_index, case_study_index, toolkit_index, lab_index, themes, regions):
    """A small hub: two members, stories, a toolkit, a lab and an about page."""
    members = {
        name: factories.MemberPageFactory(parent=member_index, title=title, region=regions[region])
        for name, (title, region) in MEMBERS.items()
    }
    stories = {
        name: factories.CaseStudyPageFactory(
            parent=case_study_index,
            title=title,
            summary=summary,
            lead_member=members[lead],
            year=year,
            themes=[themes[theme]],
        )
        for name, (title, summary, lead, year, theme) in STORIES.items()
    }
    toolkit = factories.ToolkitPageFactory(
        parent=toolkit_index,
        title="Organizing a residents' panel",
        summary="How councils recruit and support a residents' panel on energy decisions.",
        themes=[themes["energy"]],
    )
    lab = factories.PolicyLabPageFactory(
        parent=lab_index,
        title="Voluntary sector commissioning lab",
        summary="Councils tested fairer commissioning with the voluntary sector.",
        lead_member=members["lambeth"],
        round_year=2023,
    )
    about = factories.StandardPageFactory(parent=home_page, title="About the network")
    return {**members, **stories, "toolkit": toolkit, "lab": lab, "about": about}
