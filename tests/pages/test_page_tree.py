"""The page tree is enforced: each page type lives only where it belongs."""

import pytest
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from contact.models import ContactPage
from home.models import HomePage, StandardPage
from hubevents.models import EventIndexPage, EventPage
from labs.models import PolicyLabIndexPage, PolicyLabPage
from members.models import MemberIndexPage, MemberPage
from news.models import NewsIndexPage, NewsPage
from toolkits.models import ToolkitIndexPage, ToolkitPage

INDEXES = [
    MemberIndexPage,
    CaseStudyIndexPage,
    ToolkitIndexPage,
    PolicyLabIndexPage,
    NewsIndexPage,
    EventIndexPage,
]
DETAIL_OF = {
    MemberIndexPage: MemberPage,
    CaseStudyIndexPage: CaseStudyPage,
    ToolkitIndexPage: ToolkitPage,
    PolicyLabIndexPage: PolicyLabPage,
    NewsIndexPage: NewsPage,
    EventIndexPage: EventPage,
}
ALL_TYPES = [HomePage, StandardPage, ContactPage, *INDEXES, *DETAIL_OF.values()]


def allowed_children(model):
    return set(model.allowed_subpage_models())


def test_home_page_holds_the_indexes_and_standard_pages():
    assert allowed_children(HomePage) == {*INDEXES, StandardPage, ContactPage}


def test_home_page_sits_only_at_the_root():
    assert set(HomePage.allowed_parent_page_models()) == {Page}


@pytest.mark.parametrize("index_model", INDEXES)
def test_each_index_holds_only_its_own_detail_type(index_model):
    assert allowed_children(index_model) == {DETAIL_OF[index_model]}
    assert set(index_model.allowed_parent_page_models()) == {HomePage}


@pytest.mark.parametrize("detail_model", list(DETAIL_OF.values()))
def test_detail_pages_are_leaves_under_their_index(detail_model):
    index_model = next(index for index, detail in DETAIL_OF.items() if detail is detail_model)
    assert allowed_children(detail_model) == set()
    assert set(detail_model.allowed_parent_page_models()) == {index_model}


def test_standard_pages_nest_under_home_or_each_other():
    assert allowed_children(StandardPage) == {StandardPage}
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}


def declared_in_hub_code(model, attribute):
    """True when the hub itself sets the attribute, on the class or a hub base class."""
    return any(
        attribute in cls.__dict__
        for cls in model.__mro__
        if cls.__module__.split(".")[0] not in {"wagtail", "django", "treebeard", "modelcluster"}
    )


@pytest.mark.parametrize("model", ALL_TYPES)
def test_every_hub_page_type_declares_its_place(model):
    assert declared_in_hub_code(model, "parent_page_types")
    assert "subpage_types" in model.__dict__


def test_creatable_where_allowed_and_not_elsewhere(
    home_page, member_index, case_study_index, toolkit_index, lab_index, news_index, event_index
):
    indexes = (member_index, case_study_index, toolkit_index, lab_index, news_index, event_index)
    for index in indexes:
        own_detail = DETAIL_OF[type(index)]
        assert own_detail.can_create_at(index)
        for other in set(DETAIL_OF.values()) - {own_detail}:
            assert not other.can_create_at(index)
        assert not own_detail.can_create_at(home_page)
    # One index of each kind per site.
    for index_model in INDEXES:
        assert not index_model.can_create_at(home_page)
    assert StandardPage.can_create_at(home_page)
    assert not HomePage.can_create_at(home_page)
