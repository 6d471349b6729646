"""Wagtail's own Elasticsearch 8/9 and OpenSearch 2/3 backends (the admin's search), tested
OFFLINE: no search server runs here.

Each backend is built from the hub's own configuration with a real client object that never
connects; the tests check the index settings and mappings the hub's models produce. The hub's
public search has its own engine on a search server, tested in test_opensearch_engine.py.
"""

import pytest
from django.utils.module_loading import import_string
from wagtail.models import Page
from wagtail.search.query import Fuzzy

from casestudies.models import CaseStudyPage
from core.privacy import visible_pages
from core.search_facts import searchable_page_models as page_models
from documents.models import HubDocument
from searchserver.configuration import SEARCH_SERVER_BACKENDS, search_backends
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
    return visible_pages(user, Page.objects.type(*page_models())).only("id", "content_type_id")


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


def test_document_mapping_is_the_admins_title_and_filters(backend):
    # The admin finds documents by title and tags; their extracted text is searched through
    # the hub's own index (searchindex), not Wagtail's.
    properties = backend.mapping_class(HubDocument).get_mapping()["properties"]
    assert "search_text" not in properties
    assert properties["extraction_status_filter"] == {"type": "keyword"}
    assert properties["collection_id_filter"]["type"] in {"integer", "long"}
    assert "_all_text_boost_10_0" in properties["title"]["copy_to"]


def test_indexed_pages_carry_their_text(backend, case_study_index, member):
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


def test_fuzzy_query_body_asks_for_automatic_fuzziness(backend):
    body = backend.query_compiler_class(page_queryset(), Fuzzy("cooperativ")).get_query()
    (multi_match,) = clauses(body["bool"]["must"], "multi_match")
    assert multi_match["fuzziness"] == "AUTO"
    assert multi_match["query"] == "cooperativ"
    assert "_all_text_boost_3_0^3.0" in multi_match["fields"]
