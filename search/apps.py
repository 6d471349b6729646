from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from . import checks, freshness  # noqa: F401  (system checks)

        freshness.connect()
