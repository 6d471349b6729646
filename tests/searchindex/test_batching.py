"""Many changes made together (a site loaded or imported) are indexed once, when they end, and
are then found exactly as if each had been indexed as it was made."""

from unittest import mock

import pytest
from django.db import transaction

from search.service import run_search
from searchindex import batching, indexing
from tests import factories


def titles(results):
    return sorted(result.title for result in results.results)


@pytest.fixture
def lead(member_index):
    return factories.MemberPageFactory(parent=member_index, title="Madron Parish Council")


@pytest.fixture
def index_calls():
    with mock.patch.object(indexing, "index_pages", wraps=indexing.index_pages) as calls:
        yield calls


def test_pages_made_together_are_indexed_once_when_the_block_ends(
    case_study_index, member_index, index_calls
):
    with batching.held_back():
        lead = factories.MemberPageFactory(parent=member_index, title="Zennor Parish Council")
        for number in range(3):
            factories.CaseStudyPageFactory(
                parent=case_study_index, title=f"Quarry story {number}", lead_member=lead
            ).save_revision().publish()
        assert index_calls.call_count == 0
        assert titles(run_search({"q": "quarry"})) == []

    assert index_calls.call_count == 1
    assert titles(run_search({"q": "quarry"})) == [f"Quarry story {n}" for n in range(3)]
    assert titles(run_search({"q": "zennor"})) == [
        "Quarry story 0",
        "Quarry story 1",
        "Quarry story 2",
        "Zennor Parish Council",
    ]


def test_a_member_renamed_in_the_block_renames_the_pages_indexed_before_it(
    case_study_index, member_index
):
    lead = factories.MemberPageFactory(parent=member_index, title="Zennor Parish Council")
    factories.CaseStudyPageFactory(
        parent=case_study_index, title="Quarry story", lead_member=lead
    ).save_revision().publish()

    with batching.held_back():
        lead.title = "Morvah Parish Council"
        lead.save_revision().publish()

    assert titles(run_search({"q": "morvah"})) == ["Morvah Parish Council", "Quarry story"]
    assert titles(run_search({"q": "zennor"})) == []


def test_an_inner_block_leaves_the_indexing_to_the_outer_one(case_study_index, lead, index_calls):
    with batching.held_back():
        with batching.held_back():
            factories.CaseStudyPageFactory(
                parent=case_study_index, title="Quarry story", lead_member=lead
            )
        assert index_calls.call_count == 0
    assert titles(run_search({"q": "quarry"})) == ["Quarry story"]


def test_a_failed_block_indexes_nothing(case_study_index, lead, index_calls):
    with pytest.raises(RuntimeError), transaction.atomic(), batching.held_back():
        factories.CaseStudyPageFactory(
            parent=case_study_index, title="Quarry story", lead_member=lead
        )
        raise RuntimeError("the import stopped")
    assert index_calls.call_count == 0
    assert titles(run_search({"q": "quarry"})) == []


def test_outside_a_block_each_change_is_indexed_at_once(case_study_index, lead):
    factories.CaseStudyPageFactory(parent=case_study_index, title="Quarry story", lead_member=lead)
    assert titles(run_search({"q": "quarry"})) == ["Quarry story"]
