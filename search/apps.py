from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _forget_search_backend_choice(**kwargs):
    """After `migrate`, let Wagtail look for the SQLite full-text table again (it decides once
    per process, and a process that asked before the table existed would keep a basic backend)."""
    from modelsearch.backends import database

    if database.USE_SQLITE_FTS is False:
        database.USE_SQLITE_FTS = None


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from . import catalogue, checks  # noqa: F401  (system checks)

        catalogue.connect_signals()

        post_migrate.connect(_forget_search_backend_choice, dispatch_uid="search_backend_reset")
