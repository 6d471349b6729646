"""The search catalogue: exact counts however many items match, and renewal when content
changes (in this process, in other processes, and after queued index updates)."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from wagtail.models import PageViewRestriction

from search import catalogue as catalogue_module
from search import ranking
from search.catalogue import GENERATION_KEY, HitCache, get_catalogue
from search.service import run_search
from tests import factories

from .test_service import facet, make_document, titles


@pytest.fixture
def allotments(case_study_index, member, themes):
    """Eight stories about allotments: two in the title, all in the summary; three on housing."""
    stories = []
    for n in range(8):
        title = "Allotments for everyone" if n < 2 else f"Growing together, part {n}"
        stories.append(
            factories.CaseStudyPageFactory(
                parent=case_study_index,
                title=f"{title} {n}",
                summary="Residents took on allotments with the council's support.",
                lead_member=member,
                year=2018 + n,
                themes=[themes["housing"]] if n % 3 == 0 else [themes["energy"]],
            )
        )
    return stories


def test_counts_and_facets_cover_every_match_beyond_the_ranked_candidates(allotments, monkeypatch):
    monkeypatch.setattr(ranking, "CANDIDATES", 3)
    results = run_search({"q": "allotments", "page_size": "3"})
    assert results.total == 8
    assert facet(results, "theme") == {"energy": 5, "housing": 3}
    assert facet(results, "year") == {str(2018 + n): 1 for n in range(8)}
    # Title matches are ranked first; every match is on some page, once.
    assert [r.title for r in results.results][:2] == [
        "Allotments for everyone 0",
        "Allotments for everyone 1",
    ]
    seen = []
    for page in (1, 2, 3):
        seen += titles(run_search({"q": "allotments", "page_size": "3", "page": str(page)}))
    assert sorted(seen) == sorted(story.title for story in allotments)

    narrowed = run_search({"q": "allotments", "theme": "housing"})
    assert narrowed.total == 3
    assert facet(narrowed, "theme") == {"housing": 3}


def test_a_saved_change_renews_the_catalogue_and_remembered_matches(allotments):
    run_search({"q": "allotments"})
    before = get_catalogue()
    assert before.hits.held > 0
    allotments[0].delete()
    after = get_catalogue()
    assert after is not before and after.hits.held == 0
    assert run_search({"q": "allotments"}).total == 7


def test_another_process_changing_content_renews_this_process_catalogue(allotments):
    before = get_catalogue()
    cache.set(GENERATION_KEY, "a mark set by another process")
    assert get_catalogue() is not before
    assert get_catalogue().generation == "a mark set by another process"


def test_a_flushed_cache_gets_a_fresh_mark_and_a_fresh_catalogue(allotments):
    before = get_catalogue()
    cache.clear()
    assert get_catalogue() is not before


def test_a_finished_search_index_task_renews_the_catalogue(allotments):
    def finish(module_path):
        result = SimpleNamespace(
            id="1",
            backend="default",
            status=TaskResultStatus.SUCCESSFUL,
            task=SimpleNamespace(module_path=module_path),
        )
        task_finished.send(object, task_result=result)

    before = get_catalogue()
    finish("applications.tasks.send_confirmation")
    assert get_catalogue() is before
    finish("modelsearch.tasks.insert_or_update_object_task")
    assert get_catalogue() is not before


def test_extracting_a_document_renews_remembered_matches(allotments, django_user_model):
    from documents.services import extract_document

    # No page uses the document yet, so only people who manage documents find it.
    editor = django_user_model.objects.create_superuser("editor")
    document = make_document("Field notes", "Nothing about it yet.", filename="notes.txt")
    assert run_search({"q": "quinces"}, editor).total == 0
    document.file.save("notes.txt", ContentFile(b"Quinces grow on the plots."))
    extract_document(document.pk)
    assert titles(run_search({"q": "quinces"}, editor)) == ["Field notes"]
    assert run_search({"q": "quinces"}).total == 0


def test_a_document_takes_facets_only_from_pages_the_visitor_may_see(
    corpus, lab_index, themes, django_user_model
):
    document = make_document("Shared findings", "Notes on hedgerow surveys.")
    public, restricted = corpus["lab"], corpus["toolkit"]
    public.final_report = document
    public.themes = [themes["digital"]]
    public.save_revision().publish()
    restricted.themes = [themes["energy"]]
    restricted.body = [
        ("paragraph", f'<p><a linktype="document" id="{document.pk}">Findings</a></p>')
    ]
    restricted.save_revision().publish()
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")

    anonymous = run_search({"q": "hedgerow"})
    assert titles(anonymous) == ["Shared findings"]
    assert facet(anonymous, "theme") == {"digital": 1}
    assert run_search({"q": "hedgerow", "theme": "energy"}).total == 0

    reader = django_user_model.objects.create_user("reader", password="x")
    signed_in = run_search({"q": "hedgerow"}, reader)
    assert facet(signed_in, "theme") == {"digital": 1, "energy": 1}
    assert run_search({"q": "hedgerow", "theme": "energy"}, reader).total == 1


def test_hit_cache_is_bounded_by_the_numbers_it_holds():
    hits = HitCache(max_numbers=12)
    hits.put("a", set(range(6)))
    hits.put("b", set(range(4)))
    assert hits.get("a") == set(range(6))
    hits.put("c", set(range(5)))  # over the bound: the least recently used ("b") goes
    assert hits.get("b") is None and hits.get("a") is not None and hits.get("c") is not None
    assert hits.held == 11


def test_the_catalogue_is_built_once_per_change(allotments, django_assert_num_queries):
    run_search({"q": "allotments"})
    catalogue_module.forget()
    get_catalogue()
    with django_assert_num_queries(0):
        get_catalogue()


def test_facets_offer_the_twelve_most_frequent_options_and_count_the_rest(
    client, case_study_index, member_index
):
    for n in range(14):
        lead = factories.MemberPageFactory(parent=member_index, title=f"Orchard council {n:02}")
        for part in range(2 if n < 3 else 1):  # the first three lead two stories each
            factories.CaseStudyPageFactory(
                parent=case_study_index, title=f"Community orchards {n}.{part}", lead_member=lead
            )
    data = client.get("/api/search/", {"q": "orchards"}).json()
    members = next(f for f in data["facets"] if f["name"] == "member")
    assert len(members["options"]) == 12 and members["more"] == 2
    # Each member's own profile matches too ("Orchard council"), and counts for that member.
    assert [o["count"] for o in members["options"][:4]] == [3, 3, 3, 2]
    assert data["count"] == 17 + 14
    page = client.get("/search/", {"q": "orchards"}).content.decode()
    assert "and 2 more with fewer results" in page
