"""What a search server is told, so its copy of the index stays the hub's: the index rows
once they are committed (searchindex), the synonyms its analyser applies, the vectors of newly
embedded passages, and a whole new index after a site restore. Nothing here runs unless a
search server is configured."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from search.engines import engine_name, get_engine
from search.models import Synonym
from searchindex import indexing
from searchindex.signals import index_changed, index_cleared


def _index_changed(sender, kind, built, removed, **kwargs):
    if engine_name() == "opensearch":
        engine = get_engine()
        transaction.on_commit(lambda: (engine.remove(kind, removed), engine.write(built)))


def _index_cleared(sender, **kwargs):
    if engine_name() == "opensearch":
        get_engine().reset()


def _synonyms_changed(sender, raw=False, **kwargs):
    # Once the change is committed: the database engines need nothing, the hub expands
    # queries itself.
    if not raw and engine_name() == "opensearch":
        transaction.on_commit(lambda: get_engine().update_synonyms())


def _passages_embedded(sender, kind, object_ids, **kwargs):
    if engine_name() == "opensearch":
        get_engine().write_embeddings(kind, object_ids)


def _site_restored(sender, **kwargs):
    # The index table came back with the content it describes; the server's copy did not.
    if engine_name() == "opensearch":
        indexing.rebuild()


def connect():
    from core.backup.signals import site_restored
    from semantic.signals import passages_embedded

    for signal in (post_save, post_delete):
        signal.connect(_synonyms_changed, sender=Synonym, dispatch_uid=f"searchserver_{signal}")
    passages_embedded.connect(_passages_embedded, dispatch_uid="searchserver_passages_embedded")
    site_restored.connect(_site_restored, dispatch_uid="searchserver_site_restored")
    index_changed.connect(_index_changed, dispatch_uid="searchserver_index_changed")
    index_cleared.connect(_index_cleared, dispatch_uid="searchserver_index_cleared")
