from django.apps import AppConfig
from django.db.models.signals import post_migrate


def index_when_empty(sender, using="default", **kwargs):
    """A site upgraded to the hub's own search index gets it filled by its next `migrate`."""
    from . import indexing
    from .models import IndexedItem

    if IndexedItem.objects.using(using).exists():
        return
    if any(model.objects.using(using).live().exists() for model in indexing.page_models()):
        indexing.rebuild()


class SearchIndexConfig(AppConfig):
    """What search finds: the index of live pages and documents, kept fresh as they change."""

    name = "searchindex"
    verbose_name = "Search index"

    def ready(self):
        from . import freshness

        freshness.connect()
        post_migrate.connect(index_when_empty, sender=self, dispatch_uid="searchindex_when_empty")
