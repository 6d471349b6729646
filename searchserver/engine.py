"""The search-server engine: OpenSearch 2/3 (or Elasticsearch 8/9) when SEARCH_URL is set.

One index, `{SEARCH_INDEX_PREFIX}hub_items`, mirrors the hub's index table (searchindex's
IndexedItem): searchindex.indexing writes the rows, and this engine is told once they are
committed (searchserver.freshness). Each search is ONE `_search` request (bodies.search_body)
whose aggregations give the exact facet counts, each term group's match count and the visible
match count, so a search costs one round trip whatever it matches.

Privacy is applied in the query, from the person's `Hidden` (core.privacy), never indexed.

Synonyms: the index's search-time analyser has a `synonym_graph` filter fed from the Synonym
snippets. Saving or deleting a synonym calls `update_synonyms()`, which closes the index, puts
the new filter in its settings and opens it again: analysis settings of an open index cannot
change, and OpenSearch has no reload API for inline synonyms (`_reload_search_analyzers` is
Elasticsearch's, and only for synonym files). While the index is closed (a second or so),
searches are answered empty and logged. The hub also expands synonyms itself (search.query),
so the server's filter only adds the forms the server's own stemming finds.

The server is never allowed to break a page: a failed search is logged and answered empty; a
failed write is logged (`manage.py rebuild_search_index` puts the index right).
"""

import functools
import logging

from django.conf import settings

from search.engines.base import Engine, EngineAnswer, Hit
from search.models import Synonym
from semantic.encoder import DIMENSIONS
from semantic.vectors import item_vectors

from . import bodies
from .configuration import (
    DEFAULT_INDEX_PREFIX,
    DEFAULT_SEARCH_SERVER,
    DEFAULT_TIMEOUT,
    SEARCH_SERVER_BACKENDS,
    server_urls,
)

logger = logging.getLogger(__name__)
INDEX_NAME = "hub_items"
CHECKED = set()  # the index names this process has seen exist


def server_errors():
    """The exception classes a client raises when the server cannot answer."""
    errors = []
    try:
        import opensearchpy

        errors.append(opensearchpy.exceptions.OpenSearchException)
    except ImportError:
        pass
    try:
        import elastic_transport
        import elasticsearch

        errors += [elasticsearch.ApiError, elastic_transport.TransportError]
    except ImportError:
        pass
    return tuple(errors)


@functools.lru_cache(maxsize=4)
def make_client(urls, backend, timeout):
    """One client per process and configuration: clients keep a pool of connections."""
    _module, package, _extra = SEARCH_SERVER_BACKENDS[backend]
    if package == "opensearchpy":
        from opensearchpy import OpenSearch

        return OpenSearch(list(urls), timeout=timeout)
    from elasticsearch import Elasticsearch

    return Elasticsearch(list(urls), request_timeout=timeout)


def client_from_settings():
    backend = (settings.SEARCH_BACKEND or DEFAULT_SEARCH_SERVER).strip().lower()
    timeout = int(settings.SEARCH_TIMEOUT or DEFAULT_TIMEOUT)
    return make_client(tuple(server_urls(settings.SEARCH_URL)), backend, timeout)


def index_name():
    return (getattr(settings, "SEARCH_INDEX_PREFIX", "") or DEFAULT_INDEX_PREFIX) + INDEX_NAME


def current_synonym_rules():
    return bodies.synonym_rules(synonym.term_list() for synonym in Synonym.objects.all())


def gone(action):
    """A delete or vector update of a document the index no longer holds is no failure."""
    return action in ("delete", "update")


def plain(response):
    """The JSON of a response (Elasticsearch clients wrap it in an object with `.body`)."""
    return getattr(response, "body", response)


def dialect_from_settings():
    backend = (settings.SEARCH_BACKEND or DEFAULT_SEARCH_SERVER).strip().lower()
    _module, package, _extra = SEARCH_SERVER_BACKENDS[backend]
    return bodies.OPENSEARCH if package == "opensearchpy" else bodies.ELASTICSEARCH


def meaning_on():
    return settings.SEMANTIC_SEARCH["enabled"]


class OpenSearchEngine(Engine):
    finds_by_meaning = True

    def __init__(self, client=None, index=None, dialect=None):
        self.client = client if client is not None else client_from_settings()
        self.index = index or index_name()
        self.dialect = dialect or dialect_from_settings()
        self.errors = server_errors()

    # Searching

    def search(self, request):
        meaning = None
        if request.meaning_vector is not None:
            meaning = bodies.meaning_clause(
                self.dialect,
                request.meaning_vector,
                request.meaning_threshold,
                settings.SEMANTIC_SEARCH["candidates"],
            )
        body = bodies.search_body(request, meaning)
        if body is None:
            return EngineAnswer(hits=[], total=0, facets={}, group_counts=[0] * len(request.groups))
        try:
            response = plain(self.client.search(index=self.index, body=body))
        except self.errors as error:
            logger.error("Search server could not answer a search: %s", error)
            return EngineAnswer(hits=[], total=0, facets={}, group_counts=[0] * len(request.groups))
        return parse_response(response, len(request.groups))

    # Writing

    def reset(self):
        """Drop the index and create it again, empty, with the current synonyms."""
        try:
            if self.client.indices.exists(index=self.index):
                self.client.indices.delete(index=self.index)
            self.create_index()
        except self.errors as error:
            logger.error("Search server could not recreate the index %s: %s", self.index, error)

    def create_index(self):
        body = bodies.index_body(
            current_synonym_rules(), self.dialect, DIMENSIONS if meaning_on() else None
        )
        self.client.indices.create(index=self.index, body=body)
        CHECKED.add(self.index)

    def ensure_index(self):
        """Create the index before the first write of this process if it is missing (the server
        would otherwise create it with guessed mappings)."""
        if self.index not in CHECKED:
            if not self.client.indices.exists(index=self.index):
                self.create_index()
            CHECKED.add(self.index)

    def write(self, built):
        if not built:
            return
        try:
            self.ensure_index()
        except self.errors as error:
            logger.error("Search server could not check the index %s: %s", self.index, error)
            return
        embeddings = {}
        if meaning_on():
            for kind in {item.kind for item, _ in built}:
                ids = [item.object_id for item, _ in built if item.kind == kind]
                found = item_vectors(kind, ids)
                embeddings.update({(kind, pk): vector for pk, vector in found.items()})
        self._bulk(bodies.bulk_index(self.index, built, embeddings))

    def write_embeddings(self, kind, object_ids):
        """Set the vectors of documents the index holds (their passages were just embedded)."""
        if not meaning_on() or not object_ids:
            return
        found = item_vectors(kind, object_ids)
        if found:
            self._bulk(bodies.bulk_embeddings(self.index, kind, found))

    def remove(self, kind, object_ids):
        if object_ids:
            self._bulk(bodies.bulk_delete(self.index, kind, object_ids))

    def _bulk(self, actions):
        try:
            response = plain(self.client.bulk(body=actions))
        except self.errors as error:
            logger.error("Search server refused %d index changes: %s", len(actions), error)
            return
        if response.get("errors"):
            failed = [
                (action, result)
                for entry in response.get("items", [])
                for action, result in entry.items()
                if result.get("error") and not (gone(action) and result.get("status") == 404)
            ]
            if failed:
                logger.error("Search server refused %d index changes: %s", len(failed), failed[:3])

    def update_synonyms(self):
        """Push the Synonym snippets to the index's search-time analyser."""
        settings_body = {
            "analysis": {
                "filter": {bodies.SYNONYM_FILTER: bodies.synonym_filter(current_synonym_rules())}
            }
        }
        try:
            self.client.indices.close(index=self.index)
            try:
                self.client.indices.put_settings(index=self.index, body=settings_body)
            finally:
                self.client.indices.open(index=self.index)
        except self.errors as error:
            logger.error("Search server could not take the new synonyms: %s", error)


def parse_response(response, group_count):
    """An EngineAnswer from a `_search` response (OpenSearch 2.x/3.x, Elasticsearch 8/9)."""
    hits = response.get("hits", {})
    total = hits.get("total", 0)
    total = total.get("value", 0) if isinstance(total, dict) else int(total or 0)
    aggregations = response.get("aggregations", {})
    facets = {}
    for facet, found in aggregations.get("facets", {}).items():
        if not isinstance(found, dict) or "buckets" not in found:
            continue  # the filter aggregation's own doc_count
        if found.get("sum_other_doc_count"):
            logger.warning("Facet %s has more values than the engine counts", facet)
        for bucket in found["buckets"]:
            # Years are numbers on the server; every facet value is a string in EngineAnswer.
            key = bucket["key"]
            value = str(int(key)) if facet == "year" else str(key)
            facets[(facet, value)] = bucket["doc_count"]
    group_buckets = aggregations.get("groups", {}).get("buckets", {})
    return EngineAnswer(
        hits=[parse_hit(hit) for hit in hits.get("hits", [])],
        total=total,
        facets=facets,
        matched=aggregations.get("matched", {}).get("doc_count", 0),
        group_counts=[
            group_buckets.get(str(index), {}).get("doc_count", 0) for index in range(group_count)
        ],
    )


def parse_hit(hit):
    kind, _, object_id = hit["_id"].partition(":")
    found = hit.get("highlight", {})
    highlights = {}
    if found.get("title"):
        highlights["title"] = found["title"]
    text = found.get("summary") or found.get("body")
    if text:
        highlights["text"] = text
    return Hit(
        kind, int(object_id), score=round(hit.get("_score") or 0.0, 4), highlights=highlights
    )
