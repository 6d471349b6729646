from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.backup.signals import site_restored
        from searchindex.signals import index_changed

        from . import checks  # noqa: F401  (system checks)
        from .models import Synonym
        from .spelling import vocabulary_changed
        from .synonyms import clear_cache, forget_synonyms

        for signal in (post_save, post_delete):
            signal.connect(
                forget_synonyms, sender=Synonym, dispatch_uid=f"search_synonyms_{signal}"
            )
        # The vocabulary holds the indexed titles' words; a restored site brings back other
        # synonyms than the shared cache holds.
        index_changed.connect(vocabulary_changed, dispatch_uid="search_vocabulary")
        site_restored.connect(clear_cache, dispatch_uid="search_site_restored")
