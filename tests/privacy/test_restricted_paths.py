"""The paths a visitor's kept hidden paths are checked against, read afresh inside a statement
the search runs anyway, and what a search does when the kept ones are out of date (as in a
worker whose cache is its own: tests/multiworker)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from core.page_cache import generation
from core.privacy import Visibility
from core.privacy.pages import HIDDEN_PATHS_NAME, hidden_page_paths, restricted_paths_statement
from search.service import run_search
from tests import factories


def read_restricted_paths():
    sql, params = restricted_paths_statement()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return tuple(sorted({path for (path,) in cursor.fetchall()}))


@pytest.mark.django_db
def test_the_statement_reads_the_paths_hidden_from_a_visitor(
    case_study_index, member, restrict_page
):
    stories = [
        factories.CaseStudyPageFactory(
            parent=case_study_index, title=f"Story {n}", lead_member=member
        )
        for n in range(4)
    ]
    restrict_page(stories[0], kind=PageViewRestriction.LOGIN)
    restrict_page(stories[1], kind=PageViewRestriction.PASSWORD, password="pw")
    restrict_page(stories[2])  # a group restriction with no group
    # A restriction of type "none" restricts nothing.
    PageViewRestriction.objects.create(page=stories[3], restriction_type=PageViewRestriction.NONE)
    expected = tuple(sorted(story.path for story in stories[:3]))
    assert read_restricted_paths() == expected
    assert hidden_page_paths(AnonymousUser()) == expected


@pytest.mark.django_db
def test_a_visitors_search_leaves_out_a_page_whose_restriction_the_kept_paths_missed(
    case_study_index, member
):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Sandwort meadow",
        summary="Sandwort growers share.",
        lead_member=member,
    )
    promoted = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Meadow mowing", lead_member=member
    )
    SearchPromotion.objects.create(query=Query.get("sandwort"), page=promoted, sort_order=0)
    found = run_search({"q": "sandwort"}, log=False)
    assert (found.total, [p.title for p in found.promotions]) == (1, ["Meadow mowing"])
    # The restrictions are made without the content generation hearing of them, as a worker
    # whose cache is its own never hears of a change made by another process.
    PageViewRestriction.objects.bulk_create(
        [
            PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)
            for page in (story, promoted)
        ]
    )
    assert generation.cached(HIDDEN_PATHS_NAME, lambda: "read") == ()
    found = run_search({"q": "sandwort"}, log=False)
    assert (found.total, found.results, found.promotions) == (0, [], [])


@pytest.mark.django_db
def test_confirming_the_kept_paths_keeps_nothing_more_once_they_differ(case_study_index):
    visibility = Visibility(AnonymousUser())
    assert visibility.hidden_page_paths == ()
    visibility.confirm_restricted_paths(())
    assert visibility.kept("fact", lambda: "kept") == "kept"
    assert visibility.kept("fact", lambda: "built again") == "kept"

    visibility.confirm_restricted_paths([case_study_index.path, case_study_index.path])
    assert visibility.hidden_page_paths == (case_study_index.path,)
    assert visibility.sees_page(case_study_index) is False
    assert visibility.kept("fact", lambda: "built again") == "built again"
    assert not visibility.pages_read_afresh(Page.objects.filter(pk=case_study_index.pk)).exists()


@pytest.mark.django_db
def test_unconfirmed_paths_are_not_trusted_for_the_pages_shown(case_study_index):
    visibility = Visibility(AnonymousUser())
    assert visibility.hidden_page_paths == ()
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=case_study_index, restriction_type=PageViewRestriction.LOGIN)]
    )
    shown = visibility.pages_read_afresh(Page.objects.filter(pk=case_study_index.pk))
    assert not shown.exists()
    assert visibility.pages(Page.objects.filter(pk=case_study_index.pk)).exists()  # as kept
