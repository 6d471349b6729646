"""Related content by meaning: worked out in the task queue when passages are embedded, kept
as rows, read by a page in one query under the viewer's privacy, with no vector loaded by the
process that serves the page."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from accounts.roles import MEMBERS
from semantic import vectors
from semantic.embedding import embed_everything
from semantic.models import SimilarPage
from semantic.related import related_pages
from semantic.similar_pages import KEEP
from semantic.tasks import embed_items
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def alike(settings):
    """Meaning on, and every pair of pages alike enough to list (the corpus is small)."""
    settings.SEMANTIC_SEARCH = {
        **settings.SEMANTIC_SEARCH,
        "enabled": True,
        "similar_threshold": 0.0,
    }


@pytest.fixture
def embedded(alike, corpus):
    embed_everything()
    return corpus


def listed(page):
    return list(
        SimilarPage.objects.filter(page=page).order_by("rank").values_list("similar_id", flat=True)
    )


def restrict_to_members(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])


def test_embedding_everything_lists_the_pages_most_like_each_offered_page(embedded):
    housing = embedded["housing_story"]
    offered = {embedded[name].pk for name in ("energy_story", "broadband_story", "toolkit", "lab")}

    assert set(listed(housing)) == offered  # members and the about page are not offered
    scores = list(SimilarPage.objects.filter(page=housing).order_by("rank").values_list("score"))
    assert scores == sorted(scores, reverse=True)
    assert not SimilarPage.objects.filter(page=embedded["about"]).exists()


def test_a_page_published_later_gets_related_pages_and_enters_others_lists(
    embedded, case_study_index, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Community owned wind turbines",
            summary="Residents own wind turbines through a community energy society.",
            lead_member=embedded["lambeth"],
        )
        story.save_revision().publish()

    assert embedded["energy_story"].pk in listed(story)
    assert story.pk in listed(embedded["energy_story"])
    response = client.get(story.url)
    assert response.context["related_pages"]


def test_an_unpublished_page_leaves_every_list_once_embedded_again(embedded):
    broadband = embedded["broadband_story"]
    broadband.unpublish()

    embed_items.enqueue("page", [broadband.pk])

    assert not SimilarPage.objects.filter(page=broadband).exists()
    assert not SimilarPage.objects.filter(similar=broadband).exists()
    assert listed(embedded["housing_story"])


def test_related_pages_are_only_what_the_viewer_may_see(embedded, member_user):
    housing = embedded["housing_story"]
    restrict_to_members(embedded["energy_story"])
    embedded["broadband_story"].unpublish()  # still listed until its passages go

    anonymous = [page.title for page in related_pages(housing, None, limit=KEEP)]
    member = [page.title for page in related_pages(housing, member_user, limit=KEEP)]

    assert "Community energy in Lambeth" not in anonymous
    assert "Community energy in Lambeth" in member
    assert "Full fibre for rural villages" not in anonymous + member
    assert anonymous


def test_the_related_list_is_read_in_one_query(embedded, member_user, django_assert_num_queries):
    with django_assert_num_queries(1):
        related = related_pages(embedded["housing_story"], member_user)

    assert len(related) == 3
    assert {type(page).__name__ for page in related} <= {
        "CaseStudyPage",
        "ToolkitPage",
        "PolicyLabPage",
    }


@pytest.mark.parametrize("signed_in", [False, True])
def test_rendering_a_detail_page_loads_no_passage_vectors(embedded, client, member_user, signed_in):
    vectors.forget()  # as in a worker that has served no search yet
    if signed_in:
        client.force_login(member_user)

    for name in ("housing_story", "toolkit", "lab"):
        response = client.get(embedded[name].url)
        assert response.status_code == 200
        assert response.context["related_pages"]

    assert vectors._copy.signature is None
    assert not len(vectors._copy.matrix)


def test_a_new_page_more_alike_than_a_full_lists_last_enters_it(
    alike, corpus, case_study_index, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("semantic.similar_pages.KEEP", 2)
    embed_everything()
    energy = corpus["energy_story"]
    assert len(listed(energy)) == 2
    with django_capture_on_commit_callbacks(execute=True):
        twin = factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Community energy in Lambeth",
            slug="community-energy-in-lambeth-again",
            summary="Residents own solar panels on estates through a community energy society.",
            lead_member=corpus["lambeth"],
        )
        twin.save_revision().publish()

    assert listed(energy)[0] == twin.pk
    assert len(listed(energy)) == 2


def test_lists_are_worked_out_again_only_when_a_pages_meaning_changed(embedded):
    housing = embedded["housing_story"]
    rows = set(SimilarPage.objects.values_list("pk", flat=True))

    embed_items.enqueue("page", [housing.pk])  # republished, passages unchanged
    assert set(SimilarPage.objects.values_list("pk", flat=True)) == rows

    housing.summary = "Tenants run their homes together as a mutual housing society."
    housing.save_revision().publish()
    embed_items.enqueue("page", [housing.pk])
    assert not SimilarPage.objects.filter(page=housing, pk__in=rows).exists()
    assert listed(housing)
