"""Filling the index from scratch: the command, and a site's first `migrate` after the upgrade."""

from django.apps import apps
from django.core.management import call_command
from django.db.models.signals import post_migrate

from search.service import run_search
from searchindex.apps import index_when_empty
from searchindex.models import IndexedItem


def _titles(query):
    return {result.title for result in run_search({"q": query}, None, log=False).results}


def test_rebuild_search_index_indexes_every_live_page_again(corpus):
    IndexedItem.objects.all().delete()
    assert not _titles("community energy")

    call_command("rebuild_search_index", verbosity=0)

    assert "Community energy in Lambeth" in _titles("community energy")
    assert IndexedItem.objects.filter(kind="page").count() == 8


def test_migrate_fills_an_empty_index_on_a_site_with_content(corpus):
    IndexedItem.objects.all().delete()
    index_app = apps.get_app_config("searchindex")

    # As `migrate` ends: every installed app's post_migrate, the index's among them.
    post_migrate.send(
        sender=index_app, app_config=index_app, verbosity=0, interactive=False, using="default"
    )

    assert "Full fibre for rural villages" in _titles("full fibre")


def test_migrate_leaves_a_filled_index_alone(corpus, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        index_when_empty(sender=apps.get_app_config("searchindex"), using="default")


def test_the_spelling_vocabulary_is_stored_again_after_a_publish(
    corpus, case_study_index, django_capture_on_commit_callbacks
):
    from search.models import VocabularyWord
    from tests import factories

    assert run_search({"q": "comunity"}, None, log=False).suggestion == "community"
    assert not VocabularyWord.objects.filter(word="geothermal").exists()

    with django_capture_on_commit_callbacks(execute=True):
        factories.CaseStudyPageFactory(
            parent=case_study_index,
            title="Geothermal heat for a whole estate",
            lead_member=corpus["lambeth"],
        )

    assert VocabularyWord.objects.filter(word="geothermal").exists()
    assert run_search({"q": "geothermol"}, None, log=False).suggestion == "geothermal"
