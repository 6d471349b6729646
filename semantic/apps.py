from django.apps import AppConfig


class SemanticConfig(AppConfig):
    name = "semantic"
    verbose_name = "Search by meaning"

    def ready(self):
        from . import checks, signals  # noqa: F401  (system checks)

        signals.connect()
