"""Search follows every change to what visitors may see, on the very next search: publishing,
unpublishing, moving, restricting, deleting, plain saves, scheduled publishing, a document's
text arriving from the task worker, renames. Drafts and autosaves change nothing, and entries
the index should no longer hold never reach a visitor, nor their counts."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from accounts.roles import MEMBERS
from core.search_facts import searchable_page_models
from documents import services
from documents.models import HubDocument
from search.service import run_search
from searchindex import indexing
from searchindex.models import IndexedItem
from tests import factories


def titles(results):
    return [result.title for result in results.results]


def api(client, q, **params):
    response = client.get("/api/search/", {"q": q, **params})
    assert response.status_code == 200
    return response.json()


def api_titles(client, q):
    return [result["title"] for result in api(client, q)["results"]]


def suggested(client, prefix):
    data = client.get("/api/search/suggest/", {"q": prefix}).json()
    return [suggestion["label"] for suggestion in data["suggestions"]]


def facet_counts(results, name):
    facet = next(f for f in results.facets if f.name == name)
    return {option.value: option.count for option in facet.options}


def assert_shown_counts_are_right(results):
    """The total is the results shown (one page of them), and so is every facet's sum."""
    assert results.total == len(results.results)
    assert sum(facet_counts(results, "type").values()) == results.total


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("reader", "reader@example.org", "x")


@pytest.fixture
def draft_story(corpus, case_study_index):
    return factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Zeppelin hangars reused",
        summary="Old airship hangars became community workshops.",
        lead_member=corpus["rochdale"],
        live=False,
    )


def text_document(text, **kwargs):
    """A document whose extraction has not run yet (its upload queued it for the worker)."""
    return factories.DocumentFactory(file=ContentFile(text.encode(), name="notes.txt"), **kwargs)


def publish_documents(page, *documents):
    page = page.specific
    page.body = [("document", {"document": document}) for document in documents]
    page.save_revision().publish()


@pytest.fixture
def published_document(corpus):
    """Board minutes, extracted and used by a live page, so the public may find them."""
    document = text_document("Minutes: the xylophone procurement figures were agreed.")
    services.extract_document(document.pk)
    publish_documents(corpus["about"], document)
    return HubDocument.objects.get(pk=document.pk)


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


# Publishing and unpublishing


def test_publishing_makes_a_page_findable(client, draft_story):
    assert titles(run_search({"q": "zeppelin"})) == []
    assert api(client, "zeppelin")["count"] == 0
    assert "Zeppelin hangars reused" not in suggested(client, "Zeppelin")

    draft_story.save_revision().publish()

    assert titles(run_search({"q": "zeppelin"})) == ["Zeppelin hangars reused"]
    data = api(client, "airship")
    assert data["count"] == 1
    result = data["results"][0]
    assert result["url"] == Page.objects.get(pk=draft_story.pk).url
    assert "<mark>airship</mark>" in result["snippet"]
    assert "Zeppelin hangars reused" in suggested(client, "Zeppelin")


def test_unpublishing_removes_title_url_and_snippet(client, corpus):
    story = corpus["energy_story"]
    url = story.url
    before = client.get("/api/search/", {"q": "solar"}).content.decode()
    assert "Community energy in Lambeth" in before and url in before
    assert "<mark>solar</mark> panels" in before
    assert "Community energy in Lambeth" in suggested(client, "Community")

    story.unpublish()

    data = api(client, "solar")
    assert data["count"] == 0 and data["results"] == []
    after = client.get("/api/search/", {"q": "solar"}).content.decode()
    assert "Community energy in Lambeth" not in after
    assert url not in after
    assert "panels" not in after
    assert "Community energy in Lambeth" not in suggested(client, "Community")
    assert "Community energy in Lambeth" not in titles(run_search({"q": "Lambeth"}))


# Privacy that changes


def test_moving_a_page_under_a_members_only_section_hides_it_at_once(
    client, corpus, home_page, member_user
):
    section = factories.StandardPageFactory(parent=home_page, title="Members area")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=MEMBERS)])
    story = corpus["energy_story"]

    story.move(section, pos="last-child")

    assert "Community energy in Lambeth" not in titles(run_search({"q": "solar"}))
    assert api(client, "solar")["count"] == 0
    assert "Community energy in Lambeth" not in suggested(client, "Community")
    members_results = run_search({"q": "solar"}, member_user)
    assert titles(members_results) == ["Community energy in Lambeth"]
    assert members_results.results[0].url.startswith(section.url)
    client.force_login(member_user)
    assert api_titles(client, "solar") == ["Community energy in Lambeth"]
    assert "Community energy in Lambeth" in suggested(client, "Community")


def test_adding_and_removing_a_view_restriction(client, corpus, reader):
    story = corpus["housing_story"]
    restriction = PageViewRestriction.objects.create(page=story, restriction_type="login")

    assert api(client, "tenants")["count"] == 0
    assert "Co-operative housing in Rochdale" not in suggested(client, "Co-op")
    assert titles(run_search({"q": "tenants"}, reader)) == ["Co-operative housing in Rochdale"]

    restriction.delete()

    assert api_titles(client, "tenants") == ["Co-operative housing in Rochdale"]
    assert "Co-operative housing in Rochdale" in suggested(client, "Co-op")


def test_a_restriction_on_a_section_hides_the_pages_under_it(client, corpus):
    PageViewRestriction.objects.create(
        page=corpus["rochdale"].get_parent(), restriction_type="login"
    )
    results = run_search({"q": "council"})
    assert not {"Rochdale Borough Council", "Lambeth Council"} & set(titles(results))
    assert "member" not in facet_counts(results, "type")


def test_moving_a_document_into_a_private_collection_hides_it(
    client, published_document, private_collection, reader
):
    data = api(client, "xylophone")
    assert [r["title"] for r in data["results"]] == [published_document.title]
    assert "<mark>xylophone</mark> procurement figures" in data["results"][0]["snippet"]

    published_document.collection = private_collection
    published_document.save()

    data = api(client, "xylophone")
    assert data["count"] == 0 and data["results"] == []
    assert (
        "procurement figures" not in client.get("/api/search/", {"q": "xylophone"}).content.decode()
    )
    assert titles(run_search({"q": "xylophone"}, reader)) == [published_document.title]


def test_moving_documents_with_the_admins_bulk_action_hides_them(
    client, published_document, private_collection, django_user_model, reader
):
    # The bulk action changes the collection without saving each document.
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    admin_client = type(client)()
    admin_client.force_login(admin)
    url = (
        "/admin/bulk/documents/hubdocument/add_to_collection/"
        f"?next=/admin/documents/&id={published_document.pk}"
    )
    response = admin_client.post(url, {"collection": private_collection.pk})
    assert response.status_code == 302
    assert HubDocument.objects.get(pk=published_document.pk).collection == private_collection

    entry = IndexedItem.objects.get(kind="document", object_id=published_document.pk)
    assert entry.collection_id == private_collection.pk
    results = run_search({"q": "xylophone"})
    assert results.total == 0 and results.results == []
    assert api(client, "xylophone")["count"] == 0
    assert titles(run_search({"q": "xylophone"}, reader)) == [published_document.title]


# Deleting


def test_deleting_a_page_removes_it(client, corpus):
    corpus["broadband_story"].delete()
    assert "Full fibre for rural villages" not in api_titles(client, "villages")
    assert api(client, "villages")["count"] == 0
    assert "Full fibre for rural villages" not in suggested(client, "Full")
    assert not IndexedItem.objects.filter(kind="page", object_id=corpus["broadband_story"].pk)


def test_deleting_a_document_removes_it(client, published_document):
    assert api(client, "xylophone")["count"] == 1
    pk = published_document.pk
    published_document.delete()
    assert api(client, "xylophone")["count"] == 0
    assert not IndexedItem.objects.filter(kind="document", object_id=pk).exists()


# Changes outside the admin's publishing


def test_a_live_page_saved_in_the_shell_is_found_by_its_new_content(client, corpus, themes):
    story = corpus["housing_story"]
    story.title = "Tenant-run homes in Rochdale"
    story.summary = "A community land trust bought the estate."
    story.themes.set([themes["energy"]])
    story.save()

    assert titles(run_search({"q": "land trust"})) == ["Tenant-run homes in Rochdale"]
    assert "Tenant-run homes in Rochdale" in suggested(client, "Tenant")
    assert "Co-operative housing in Rochdale" not in suggested(client, "Co-op")
    assert "Tenant-run homes in Rochdale" not in titles(run_search({"q": "co-operative"}))
    energy = run_search({"q": "rochdale", "theme": "energy"})
    assert titles(energy) == ["Tenant-run homes in Rochdale"]


def test_scheduled_publishing_makes_a_page_findable_when_due(draft_story):
    draft_story.go_live_at = timezone.now() + timedelta(hours=2)
    draft_story.save_revision().publish()
    call_command("publish_scheduled")  # not due yet
    assert titles(run_search({"q": "zeppelin"})) == []

    later = timezone.now() + timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert titles(run_search({"q": "zeppelin"})) == ["Zeppelin hangars reused"]


def test_a_documents_text_from_the_task_worker_is_found(client, corpus):
    document = text_document("Our quinoa co-operative supplies school kitchens.")
    publish_documents(corpus["about"], document)
    assert api(client, "quinoa")["count"] == 0  # not extracted yet

    services.extract_document(document.pk)  # what the task worker runs

    data = api(client, "quinoa")
    assert [r["title"] for r in data["results"]] == [document.title]
    assert "<mark>quinoa</mark> co-operative" in data["results"][0]["snippet"]


def test_renaming_a_theme_updates_the_pages_found_by_it(corpus, themes):
    assert titles(run_search({"q": "telecoms"})) == []
    digital = themes["digital"]
    digital.name = "Telecoms"
    digital.save()

    results = run_search({"q": "telecoms"})
    assert titles(results) == ["Full fibre for rural villages"]
    theme = next(f for f in results.facets if f.name == "theme")
    assert [(o.label, o.count) for o in theme.options] == [("Telecoms", 1)]
    assert titles(run_search({"q": "digital"})) == []


@pytest.mark.parametrize("how", ["publish", "save"])
def test_renaming_a_member_updates_the_pages_found_by_its_name(corpus, how):
    rochdale = corpus["rochdale"]
    rochdale.title = "Rochdale Metropolitan Council"
    if how == "publish":
        rochdale.save_revision().publish()
    else:
        rochdale.save()

    assert set(titles(run_search({"q": "metropolitan"}))) == {
        "Rochdale Metropolitan Council",
        "Co-operative housing in Rochdale",
        "Full fibre for rural villages",
    }
    results = run_search({"q": "villages", "member": rochdale.slug})
    assert [m["title"] for m in results.results[0].members] == ["Rochdale Metropolitan Council"]


# What the index should not hold


def test_a_stale_entry_for_a_page_that_is_not_live_is_never_shown(client, draft_story):
    factories.StandardPageFactory(
        parent=draft_story.get_parent().get_parent(), title="Zeppelin museum"
    )
    IndexedItem.objects.create(
        kind="page",
        object_id=draft_story.pk,
        type="case_study",
        title="Zeppelin hangars reused",
        body="Zeppelin secrets from the draft.",
        path=draft_story.path,
    )

    results = run_search({"q": "zeppelin"})
    assert titles(results) == ["Zeppelin museum"]
    assert_shown_counts_are_right(results)
    assert facet_counts(results, "type") == {"page": 1}
    data = api(client, "zeppelin")
    assert data["count"] == 1 and "secrets" not in str(data)
    assert "Zeppelin hangars reused" not in suggested(client, "Zeppelin")


def test_a_stale_entry_for_a_private_document_is_never_shown(
    client, published_document, private_collection
):
    HubDocument.objects.filter(pk=published_document.pk).update(collection=private_collection)
    entry = IndexedItem.objects.get(kind="document", object_id=published_document.pk)
    assert entry.collection_id == Collection.get_first_root_node().pk  # stale on purpose

    results = run_search({"q": "xylophone"})
    assert results.results == []
    assert_shown_counts_are_right(results)
    assert all(not facet.options for facet in results.facets)
    data = api(client, "xylophone")
    assert data["count"] == 0 and "procurement figures" not in str(data)


# Drafts and autosaves


def index_statements(queries):
    return [q["sql"] for q in queries if "search_indexed" in q["sql"].lower()]


def test_drafts_and_autosaves_write_nothing_to_the_index(corpus):
    story = corpus["energy_story"]
    before = IndexedItem.objects.get(kind="page", object_id=story.pk)

    story.title = "Draft: community energy rewritten"
    story.summary = "Unpublished words about geothermal wells."
    with CaptureQueriesContext(connection) as draft:
        revision = story.save_revision()
    with CaptureQueriesContext(connection) as autosave:
        story.summary = "Autosaved words about geothermal heat pumps."
        story.save_revision(overwrite_revision=revision, clean=False)

    assert draft.captured_queries and autosave.captured_queries
    assert index_statements(draft.captured_queries) == []
    assert index_statements(autosave.captured_queries) == []
    after = IndexedItem.objects.get(kind="page", object_id=story.pk)
    assert (after.title, after.summary, after.body) == (before.title, before.summary, before.body)
    assert titles(run_search({"q": "geothermal"})) == []
    assert titles(run_search({"q": "solar"})) == ["Community energy in Lambeth"]


def test_indexing_a_page_reads_only_its_own_types_table(corpus):
    story = corpus["energy_story"]
    own_table = type(story)._meta.db_table
    tables = {model._meta.db_table for model in searchable_page_models()}

    with CaptureQueriesContext(connection) as indexing_one:
        indexing.index_pages([story.pk])

    # The pages asked for, looked up in each type's table by id (the related records they
    # prefetch, such as a story's partner members, are read by other queries).
    read_from = {
        table
        for table in tables
        for query in indexing_one.captured_queries
        if f'"{table}"."page_ptr_id" IN' in query["sql"]
    }
    assert read_from == {own_table}
    assert titles(run_search({"q": "solar"})) == ["Community energy in Lambeth"]
