"""WAGTAILSEARCH_BACKENDS from the deployment's choices (read from the environment in settings).

- No search URL: Wagtail's database backend. On SQLite that is FTS5 (the embedded default); on
  PostgreSQL it is PostgreSQL full-text search with the English configuration (stemming) and the
  field boosts as tsvector weights. Trigram fuzzy matching uses pg_trgm, enabled by the
  migration search/0003_postgres_search_extensions.
- A search URL: Wagtail's Elasticsearch 8/9 or OpenSearch 2/3 backend, whose client library
  is an optional extra (`pip install "ccin-hub[elasticsearch]"` or `"ccin-hub[opensearch]"`).

This module imports nothing from Django's app registry, so settings can call it.
"""

import copy
import importlib.util
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

DATABASE_BACKEND = "wagtail.search.backends.database"
POSTGRES_SEARCH_CONFIG = "english"
DEFAULT_INDEX_PREFIX = "ccin_"
DEFAULT_TIMEOUT = 10

# SEARCH_BACKEND value -> (Wagtail backend module, client package to import, pip extra)
SEARCH_SERVER_BACKENDS = {
    "elasticsearch8": ("wagtail.search.backends.elasticsearch8", "elasticsearch", "elasticsearch"),
    "elasticsearch9": ("wagtail.search.backends.elasticsearch9", "elasticsearch", "elasticsearch"),
    "opensearch2": ("wagtail.search.backends.opensearch2", "opensearchpy", "opensearch"),
    "opensearch3": ("wagtail.search.backends.opensearch3", "opensearchpy", "opensearch"),
}
DEFAULT_SEARCH_SERVER = "elasticsearch9"

# Index settings merged into Wagtail's own (which define the autocomplete n-gram analysers):
# text fields without an analyser of their own use Elasticsearch's English analyser, so the
# server stems words as PostgreSQL's "english" configuration does.
SEARCH_SERVER_INDEX_SETTINGS = {
    "settings": {"analysis": {"analyzer": {"default": {"type": "english"}}}},
}


def _client_installed(package):
    return importlib.util.find_spec(package) is not None


def server_urls(search_url):
    urls = [url.strip() for url in search_url.split(",") if url.strip()]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ImproperlyConfigured(
                f"SEARCH_URL must be one or more http(s) URLs separated by commas, such as "
                f"https://user:password@search.example.org:9200 (got {url!r})."
            )
    return urls


def search_backends(
    *,
    database_engine,
    search_url="",
    search_backend="",
    index_prefix="",
    timeout=None,
    client_installed=_client_installed,
):
    """The WAGTAILSEARCH_BACKENDS setting.

    database_engine: DATABASES["default"]["ENGINE"]; search_url: SEARCH_URL (empty for the
    database backend); search_backend: SEARCH_BACKEND, one of SEARCH_SERVER_BACKENDS;
    index_prefix: SEARCH_INDEX_PREFIX; timeout: SEARCH_TIMEOUT in seconds.
    """
    search_url = (search_url or "").strip()
    search_backend = (search_backend or "").strip().lower()
    if not search_url:
        if search_backend and search_backend != "database":
            raise ImproperlyConfigured(
                f"SEARCH_BACKEND={search_backend!r} needs SEARCH_URL, the address of the search "
                "server. Leave both unset to use the database's own full-text search."
            )
        backend = {"BACKEND": DATABASE_BACKEND, "ATOMIC_REBUILD": True}
        if "postgresql" in database_engine:
            backend["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
        return {"default": backend}

    search_backend = search_backend or DEFAULT_SEARCH_SERVER
    if search_backend not in SEARCH_SERVER_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(SEARCH_SERVER_BACKENDS)} when SEARCH_URL "
            f"is set, not {search_backend!r}."
        )
    module, client_package, extra = SEARCH_SERVER_BACKENDS[search_backend]
    if not client_installed(client_package):
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={search_backend} needs the {client_package} client library: "
            f'install the hub with `pip install ".[{extra}]"`.'
        )
    try:
        timeout = int(timeout) if timeout not in (None, "") else DEFAULT_TIMEOUT
    except (TypeError, ValueError):
        raise ImproperlyConfigured(
            f"SEARCH_TIMEOUT must be a whole number of seconds, not {timeout!r}."
        ) from None
    prefix = DEFAULT_INDEX_PREFIX if index_prefix is None or index_prefix == "" else index_prefix
    return {
        "default": {
            "BACKEND": module,
            "URLS": server_urls(search_url),
            "INDEX_PREFIX": prefix,
            "TIMEOUT": timeout,
            "ATOMIC_REBUILD": True,
            "INDEX_SETTINGS": copy.deepcopy(SEARCH_SERVER_INDEX_SETTINGS),
        }
    }
