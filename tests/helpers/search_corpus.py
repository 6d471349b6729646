"""The small hub the search tests and the search engine tests build: two members, three
stories, a toolkit, a lab and an about page, tagged with three themes and two regions.

A pytest plugin (`pytest_plugins` in tests/conftest.py): its fixtures are there for every test,
and a package's own fixture of the same name takes precedence."""

import pytest

from tests import factories


@pytest.fixture
def themes(db):
    return {
        "housing": factories.ThemeFactory(name="Housing", slug="housing"),
        "energy": factories.ThemeFactory(name="Energy", slug="energy"),
        "digital": factories.ThemeFactory(name="Digital", slug="digital"),
    }


@pytest.fixture
def regions(db):
    return {
        "north-west": factories.RegionFactory(name="North West", slug="north-west"),
        "london": factories.RegionFactory(name="London", slug="london"),
    }


@pytest.fixture
def corpus(home_page, member_index, case_study_index, toolkit_index, lab_index, themes, regions):
    """A small hub: two members, stories, a toolkit, a lab and an about page."""
    rochdale = factories.MemberPageFactory(
        parent=member_index, title="Rochdale Borough Council", region=regions["north-west"]
    )
    lambeth = factories.MemberPageFactory(
        parent=member_index, title="Lambeth Council", region=regions["london"]
    )
    housing_story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Co-operative housing in Rochdale",
        summary="Tenants and the council set up a housing co-operative to run their homes.",
        lead_member=rochdale,
        year=2019,
        themes=[themes["housing"]],
    )
    energy_story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Community energy in Lambeth",
        summary="Residents own solar panels on estates through a community energy society.",
        lead_member=lambeth,
        year=2022,
        themes=[themes["energy"]],
    )
    broadband_story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Full fibre for rural villages",
        summary="A council helped villages organise to bring full fibre connections.",
        lead_member=rochdale,
        year=2021,
        themes=[themes["digital"]],
    )
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
        lead_member=lambeth,
        round_year=2023,
    )
    about = factories.StandardPageFactory(parent=home_page, title="About the network")
    return {
        "rochdale": rochdale,
        "lambeth": lambeth,
        "housing_story": housing_story,
        "energy_story": energy_story,
        "broadband_story": broadband_story,
        "toolkit": toolkit,
        "lab": lab,
        "about": about,
    }
