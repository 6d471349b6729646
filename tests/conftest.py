import os

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.models import Site

from tests import factories

# Property-based tests (tests/fuzz/): "ci" draws the same examples on every run, so CI is
# deterministic; "dev" explores new ones (HYPOTHESIS_PROFILE=dev). No deadline: a shared CI
# machine's timing says nothing about the code. The site a fuzz test drives is built once per
# test by function-scoped fixtures and shared by its examples, which is what they check.
hypothesis_settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "dev",
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def home_page(db):
    """The home page the migrations create as the default site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def member_index(home_page):
    return factories.MemberIndexPageFactory(parent=home_page)


@pytest.fixture
def case_study_index(home_page):
    return factories.CaseStudyIndexPageFactory(parent=home_page)


@pytest.fixture
def toolkit_index(home_page):
    return factories.ToolkitIndexPageFactory(parent=home_page)


@pytest.fixture
def lab_index(home_page):
    return factories.PolicyLabIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return factories.EventIndexPageFactory(parent=home_page)


@pytest.fixture
def member(member_index):
    return factories.MemberPageFactory(parent=member_index, title="Rochdale Borough Council")


@pytest.fixture(autouse=True)
def fresh_passage_matrix():
    """Each test reads passage vectors from its own database: one rolled back reuses ids."""
    from semantic import vectors

    vectors.forget()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what a rolled-back test cached (facts kept until
    the content changes) would otherwise outlive its rows."""
    from django.core.cache import cache

    cache.clear()
