from django.apps import AppConfig


class SearchServerConfig(AppConfig):
    """The scale-out search engine: an OpenSearch or Elasticsearch cluster (SEARCH_URL)."""

    name = "searchserver"
    verbose_name = "Search server"

    def ready(self):
        from . import freshness

        freshness.connect()
