from django.apps import AppConfig


class RelevanceConfig(AppConfig):
    """Measuring search quality: the judged queries and `manage.py evaluate_search`."""

    name = "relevance"
    verbose_name = "Search relevance"
