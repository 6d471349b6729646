"""Elasticsearch 8/9 and OpenSearch 2/3, tested OFFLINE: no search server runs here.

Each backend is built from the hub's own configuration with a real client object that never
connects; the tests check the index settings and mappings the hub's models produce and the query
bodies the hub's search service sends, and run one search against a mocked client.
"""

import re
from unittest import mock

import pytest
from django.utils.module_loading import import_string
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.search.query import Fuzzy

from casestudies.models import CaseStudyPage
from core.privacy import visible_documents, visible_pages
from documents.models import HubDocument
from search.backend import backend_query, search_group
from search.backend_config import SEARCH_SERVER_BACKENDS, search_backends
from search.query import TermGroup, clean_query, expand
from search.sources import SEARCHED_PAGE_MODELS
from tests import factories

pytestmark = pytest.mark.django_db

SERVERS = sorted(SEARCH_SERVER_BACKENDS)
SEARCH_URL = "https://hub:secret@search.example.org:9243"


def make_backend(name, **overrides):
    params = dict(
        search_backends(
            database_engine="django.db.backends.postgresql",
            search_url=SEARCH_URL,
            search_backend=name,
            **overrides,
        )["default"]
    )
    backend_class = import_string(params.pop("BACKEND") + ".SearchBackend")
    return backend_class(params)


def page_queryset(user=None):
    return visible_pages(user, Page.objects.type(*SEARCHED_PAGE_MODELS)).only(
        "id", "content_type_id"
    )


def walk(node):
    """Every dict inside a query body."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def clauses(body, kind):
    return [node[kind] for node in walk(body) if kind in node]


@pytest.fixture(params=SERVERS)
def backend(request):
    return make_backend(request.param)


def test_backend_is_built_from_the_configuration_without_connecting(backend):
    assert backend.index_prefix == "ccin_"
    assert backend.timeout == 10
    assert backend.get_index_for_model(CaseStudyPage).name == "ccin_wagtailcore_page"
    assert backend.get_index_for_model(HubDocument).name == "ccin_documents_hubdocument"
    analysis = backend.settings["settings"]["analysis"]
    # The hub's English default analyser is merged into Wagtail's autocomplete analysers.
    assert analysis["analyzer"]["default"] == {"type": "english"}
    assert {"edgengram_analyzer", "ngram_analyzer"} <= set(analysis["analyzer"])


def test_custom_index_prefix_names_every_index():
    backend = make_backend("opensearch2", index_prefix="staging_")
    assert backend.get_index_for_model(Page).name == "staging_wagtailcore_page"


def test_page_mapping_boosts_titles_and_summaries_and_indexes_bodies(backend):
    properties = backend.mapping_class(CaseStudyPage).get_mapping()["properties"]
    prefix = "casestudies_casestudypage__"
    assert properties["title"]["type"] == "text"
    assert "_all_text_boost_2_0" in properties["title"]["copy_to"]
    assert properties[prefix + "summary"]["copy_to"] == ["_all_text", "_all_text_boost_3_0"]
    assert properties[prefix + "body"] == {"type": "text", "copy_to": "_all_text"}
    lead_title = properties[prefix + "lead_member"]["properties"]["title"]
    assert "_all_text_boost_2_0" in lead_title["copy_to"]
    assert properties[prefix + "themes"]["type"] == "nested"
    assert properties["live_filter"] == {"type": "boolean"}
    assert properties["path_filter"] == {"type": "keyword"}
    assert properties[prefix + "year_filter"]["type"] == "integer"
    for boosted in ("_all_text_boost_2_0", "_all_text_boost_3_0"):
        assert properties[boosted] == {"type": "text"}


def test_document_mapping_indexes_the_extracted_text(backend):
    properties = backend.mapping_class(HubDocument).get_mapping()["properties"]
    assert properties["search_text"] == {"type": "text", "copy_to": "_all_text"}
    assert properties["collection_id_filter"]["type"] in {"integer", "long"}
    assert "_all_text_boost_10_0" in properties["title"]["copy_to"]


def test_indexed_documents_carry_page_and_report_text(backend, case_study_index, member, settings):
    page = factories.CaseStudyPageFactory(
        parent=case_study_index,
        lead_member=member,
        title="Holiday hunger programme",
        summary="Meals and activities for children in the school holidays.",
    )
    mapping = backend.mapping_class(CaseStudyPage)
    document = mapping.get_document(page)
    assert document["pk"] == str(page.pk)
    content_types = document["_django_content_type"]
    assert content_types[0] == "casestudies.CaseStudyPage"
    assert "wagtailcore.Page" in content_types
    assert document["title"] == "Holiday hunger programme"
    assert "school holidays" in document["casestudies_casestudypage__summary"]
    assert "worked as equals" in str(document["casestudies_casestudypage__body"])

    settings.DOCUMENT_INDEX_TEXT_LIMIT = 40
    report = factories.DocumentFactory(title="Final report")
    report.extracted_text = "Co-operative neighbourhoods in practice. " * 10
    indexed = backend.mapping_class(HubDocument).get_document(report)
    assert indexed["search_text"].startswith("Co-operative neighbourhoods")
    assert len(indexed["search_text"]) <= 40


def test_hub_query_body_is_an_or_match_with_phrases_over_boosted_fields(backend):
    query = expand(clean_query("full fibre"), [("broadband", "full fibre")])
    body = backend.query_compiler_class(page_queryset(), backend_query(query.groups[0])).get_query()

    must = body["bool"]["must"]
    fields = set()
    for match in clauses(must, "match"):
        fields |= set(match)
    assert fields == {"_all_text", "_all_text_boost_2_0", "_all_text_boost_3_0"}
    for match in clauses(must, "match"):
        (options,) = match.values()
        # OR across a group's forms: no "operator": "and" sneaks in.
        assert "operator" not in options
        assert "broadband" in options["query"].split()
    phrases = [next(iter(p.values())) for p in clauses(must, "match_phrase")]
    assert "full fibre" in phrases
    assert {"query": "full fibre", "boost": 3.0} in phrases
    assert len(must["dis_max"]["queries"]) == 3

    filters = body["bool"]["filter"]
    assert {"match": {"_django_content_type": "wagtailcore.Page"}} in filters
    assert {"term": {"live_filter": True}} in clauses(filters, "must")[0]
    (content_types,) = clauses(filters, "terms")
    assert len(content_types["content_type_id_filter"]) == len(SEARCHED_PAGE_MODELS)


def test_query_syntax_typed_by_users_never_reaches_the_server(backend):
    query = expand(clean_query('title:"x" OR (y* AND z~) {"script": 1}'), [])
    texts = []
    for group in query.groups:
        body = backend.query_compiler_class(page_queryset(), backend_query(group)).get_query()
        texts += [match["query"] for match in clauses(body["bool"]["must"], "multi_match")]
    assert len(texts) == len(query.groups) == 6
    assert texts[0] == "title titled titles titling"
    assert all(re.fullmatch(r"[a-z0-9 ]+", text) for text in texts)


def test_restricted_pages_are_excluded_by_path_in_the_query_body(backend, case_study_index, member):
    private = factories.CaseStudyPageFactory(
        parent=case_study_index, lead_member=member, title="Members only"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    group = TermGroup("members", frozenset({"members"}))
    body = backend.query_compiler_class(page_queryset(), backend_query(group)).get_query()
    excluded = clauses(body["bool"]["filter"], "must_not")
    assert {"prefix": {"path_filter": private.path}} in [
        clause for item in excluded for clause in ([item] if isinstance(item, dict) else item)
    ]


def test_private_collections_are_excluded_in_the_document_query_body(backend):
    private = Collection.get_first_root_node().add_child(name="Lab drafts")
    inner = private.add_child(name="Lab drafts 2025")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    group = TermGroup("report", frozenset({"report"}))
    queryset = visible_documents(None)
    body = backend.query_compiler_class(queryset, backend_query(group)).get_query()
    assert {"match": {"_django_content_type": "documents.HubDocument"}} in (
        body["bool"]["filter"]
        if isinstance(body["bool"]["filter"], list)
        else [body["bool"]["filter"]]
    )
    (excluded,) = clauses(body["bool"]["filter"], "must_not")
    assert set(excluded["terms"]["collection_id_filter"]) == {private.pk, inner.pk}


def test_fuzzy_query_body_asks_for_automatic_fuzziness(backend):
    body = backend.query_compiler_class(page_queryset(), Fuzzy("cooperativ")).get_query()
    (multi_match,) = clauses(body["bool"]["must"], "multi_match")
    assert multi_match["fuzziness"] == "AUTO"
    assert multi_match["query"] == "cooperativ"
    assert "_all_text_boost_3_0^3.0" in multi_match["fields"]


def test_search_group_sends_the_body_to_the_server_and_reads_hits(
    backend, case_study_index, member
):
    page = factories.CaseStudyPageFactory(
        parent=case_study_index, lead_member=member, title="Full fibre network"
    )
    hits = {"hits": {"hits": [{"fields": {"pk": [str(page.pk)]}, "_score": 3.5}]}}
    with mock.patch.object(backend.es, "search", return_value=hits) as search:
        rows = search_group(
            backend,
            TermGroup("fibre", frozenset({"fibre"})),
            page_queryset(),
            ("pk", "content_type_id"),
            limit=10,
        )
    assert rows == [(page.pk, page.content_type_id)]
    (call,) = search.call_args_list
    assert call.kwargs["index"] == "ccin_wagtailcore_page"
    assert call.kwargs["size"] == 10
    # Elasticsearch 8+ clients take the body's keys as arguments; OpenSearch takes `body`.
    sent = call.kwargs.get("body") or call.kwargs
    assert "'live_filter': True" in str(sent["query"]["bool"]["filter"])
    assert "fibre" in str(sent["query"]["bool"]["must"])
