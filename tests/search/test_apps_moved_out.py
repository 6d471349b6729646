"""The query log, the suggested searches and the index's tables moved from the search app to
`searchlog` and `searchindex` without moving a row: a database migrated before the move keeps
its logged searches, its suggestions, its index (full-text lookups included) and the
permissions groups held on the moved models."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search.service import run_search
from searchlog.models import SearchQueryDay, SuggestedSearch
from tests import factories

BEFORE = [("search", "0008_vocabulary"), ("searchlog", None), ("searchindex", None)]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


# Migrating commits and the flush after a transactional test empties the database, so this runs
# in `make test`'s process for committing tests; serialized_rollback puts back the site and the
# taxonomy the data migrations seed, for the tests after it there.
@pytest.mark.committing
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_from_before_the_move_keeps_everything(home_page):
    factories.StandardPageFactory(parent=home_page, title="Allotment waiting lists")
    try:
        executor = migrate(BEFORE)
        # As the search app left them: its own models, its own content types.
        old = executor.loader.project_state(BEFORE[:1]).apps
        old.get_model("search", "SearchQueryDay").objects.create(
            query="allotments", date="2026-11-01", searches=3
        )
        old.get_model("search", "SuggestedSearch").objects.create(query="community energy")
        assert old.get_model("search", "IndexedItem").objects.filter(type="page").exists()
        readers = Group.objects.create(name="Search readers")
        readers.permissions.add(
            Permission.objects.get(content_type__app_label="search", codename="view_searchqueryday")
        )
    finally:
        migrate()

    assert SearchQueryDay.objects.get(query="allotments").searches == 3
    assert SuggestedSearch.objects.filter(query="community energy").exists()
    assert [r.title for r in run_search({"q": "allotment"}, log=False).results] == [
        "Allotment waiting lists"
    ]
    held = Group.objects.get(name="Search readers").permissions.get()
    assert (held.content_type.app_label, held.codename) == ("searchlog", "view_searchqueryday")
    assert not ContentType.objects.filter(
        app_label="search", model__in=["searchqueryday", "suggestedsearch", "indexeditem"]
    ).exists()
