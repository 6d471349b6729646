from django.apps import AppConfig


class SemanticConfig(AppConfig):
    name = "semantic"
    verbose_name = "Search by meaning"

    def ready(self):
        from . import checks  # noqa: F401  (system checks)
