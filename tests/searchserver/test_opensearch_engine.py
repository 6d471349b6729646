"""The OpenSearch engine, tested OFFLINE: no OpenSearch or Elasticsearch server runs here, and
nothing in this file opens a network connection.

The tests check what the engine would send (index settings and mappings with synonyms, bulk
bodies built from real index rows, search bodies) and how it reads responses written in the
documented formats of OpenSearch 2.x and 3.x. The round trips use a real
`opensearchpy.OpenSearch` client whose connection class is replaced by a fake server that
records each request and answers with canned JSON. Whether a real cluster accepts these bodies
and ranks well with them has NOT been tested.
"""

import json
import logging
from unittest import mock

import pytest
from opensearchpy import Connection, OpenSearch
from opensearchpy.exceptions import HTTP_EXCEPTIONS, TransportError
from opensearchpy.exceptions import ConnectionError as ServerUnreachable
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.privacy import Visibility
from search.engines import EngineRequest, Hidden, get_engine
from search.models import Synonym
from search.query import TermGroup, clean_query, expand
from search.service import run_search
from searchindex import indexing
from searchindex.models import IndexedItem
from searchserver import bodies
from searchserver import engine as engine_module
from searchserver.engine import OpenSearchEngine, parse_response
from tests import factories

INDEX = "ccin_hub_items"


# A fake server behind a real client


class FakeServer:
    """Records every request the client sends; answers from `responses` by (method, path end),
    or as an empty acknowledgement. A response may be an exception to raise."""

    def __init__(self):
        self.requests = []
        self.responses = {}
        self.indices = set()

    def answer(self, method, url, params, body):
        path = url.split("?")[0]
        self.requests.append((method, path, dict(params or {}), body))
        for (want_method, ending), response in self.responses.items():
            if method == want_method and path.endswith(ending):
                if isinstance(response, Exception):
                    raise response
                return response
        if method == "HEAD":
            return (200, {}) if path.strip("/") in self.indices else (404, {})
        if method == "PUT" and "/" not in path.strip("/"):
            self.indices.add(path.strip("/"))
        if method == "DELETE":
            self.indices.discard(path.strip("/"))
        if path.endswith("/_bulk"):
            return 200, bulk_reply(body)
        return 200, {"acknowledged": True}

    def sent(self, method, ending):
        return [body for m, path, _, body in self.requests if m == method and path.endswith(ending)]


def bulk_reply(lines):
    items = []
    for line in lines:
        for action in ("index", "delete", "update"):
            if action in line:
                meta = line[action]
                items.append(
                    {action: {"_index": meta["_index"], "_id": meta["_id"], "status": 200}}
                )
    return {"took": 3, "errors": False, "items": items}


class RecordingConnection(Connection):
    """An opensearchpy connection that talks to a FakeServer instead of the network."""

    def __init__(self, server=None, **kwargs):
        super().__init__(**kwargs)
        self.server = server

    def perform_request(
        self, method, url, params=None, body=None, timeout=None, ignore=(), headers=None
    ):
        text = body.decode() if isinstance(body, bytes) else body
        if text and url.split("?")[0].endswith("/_bulk"):
            parsed = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            parsed = json.loads(text) if text else None
        status, data = self.server.answer(method, url, params, parsed)
        if not 200 <= status < 300 and status not in ignore:
            error = HTTP_EXCEPTIONS.get(status, TransportError)
            raise error(status, data.get("error", {}).get("type", "error"), data)
        return status, {"content-type": "application/json"}, json.dumps(data)


def fake_client(server):
    return OpenSearch(
        ["https://hub:secret@search.example.org:9243"],
        connection_class=RecordingConnection,
        server=server,
        max_retries=0,
    )


@pytest.fixture
def server():
    return FakeServer()


@pytest.fixture
def engine(server):
    return OpenSearchEngine(client=fake_client(server), index=INDEX)


@pytest.fixture
def configured(settings, monkeypatch, server):
    """The hub configured for an OpenSearch 3 server, whose client talks to the fake server."""
    settings.SEARCH_URL = "https://hub:secret@search.example.org:9243"
    settings.SEARCH_BACKEND = "opensearch3"
    settings.SEARCH_INDEX_PREFIX = ""
    monkeypatch.setattr(engine_module, "make_client", lambda *args: fake_client(server))
    monkeypatch.setattr(engine_module, "CHECKED", set())
    return server


# Helpers


def walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def clauses(body, kind):
    return [node[kind] for node in walk(body) if kind in node]


def groups_for(text, synonyms=()):
    return expand(clean_query(text), list(synonyms)).groups


def body_for(text, synonyms=(), **request):
    return bodies.search_body(EngineRequest(groups=groups_for(text, synonyms), **request))


# Search bodies


def test_plain_search_body_scores_each_group_over_boosted_fields():
    body = body_for("councils energy", offset=0, limit=10)
    query = body["query"]["bool"]
    assert query["minimum_should_match"] == 1
    councils, energy = query["should"][:2]
    for group, word in ((councils, "councils"), (energy, "energy")):
        forms = group["dis_max"]["queries"]
        assert {form["multi_match"]["query"] for form in forms} >= {word}
        for form in forms:
            assert form["multi_match"]["fields"] == ["title^3", "summary^1", "body"]
            assert form["multi_match"]["type"] == "most_fields"
    assert "council" in {f["multi_match"]["query"] for f in councils["dis_max"]["queries"]}
    # The ranking bonuses: the words in order in a title (2) or summary (1), the exact title (4).
    order_bonus, exact_bonus = query["should"][2:]
    assert order_bonus["bool"]["should"] == [
        {"match_phrase": {"title": {"query": "councils energy", "boost": 2.0}}},
        {"match_phrase": {"summary": {"query": "councils energy", "boost": 1.0}}},
    ]
    assert exact_bonus == {"match": {"title.exact": {"query": "councils energy", "boost": 4.0}}}
    assert "must_not" not in query
    assert body["track_total_hits"] is True
    assert (body["from"], body["size"]) == (0, 10)
    assert body["sort"][0] == "_score"
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert body["highlight"]["post_tags"] == ["</mark>"]
    assert body["highlight"]["encoder"] == "html"
    assert body["highlight"]["number_of_fragments"] == 1
    assert set(body["highlight"]["fields"]) == {"title", "summary", "body"}
    aggs = body["aggs"]
    assert aggs["matched"] == {"filter": {"match_all": {}}}
    assert aggs["groups"]["filters"]["filters"] == {"0": councils, "1": energy}
    facets = aggs["facets"]["aggs"]
    assert set(facets) == {"type", "year", "theme", "principle", "member", "region"}
    for facet, agg in facets.items():
        assert agg == {"terms": {"field": facet, "size": bodies.FACET_SIZE}}


def test_phrase_forms_are_match_phrase_clauses_with_the_field_boosts():
    body = body_for("co-operative housing")
    first = body["query"]["bool"]["should"][0]["dis_max"]["queries"]
    words = {form["multi_match"]["query"] for form in first if "multi_match" in form}
    assert "cooperative" in words
    phrases = [form["bool"]["should"] for form in first if "bool" in form]
    assert [
        {"match_phrase": {"title": {"query": "co operative", "boost": 3.0}}},
        {"match_phrase": {"summary": {"query": "co operative", "boost": 1.0}}},
        {"match_phrase": {"body": {"query": "co operative", "boost": 1.0}}},
    ] in phrases


def test_synonyms_expanded_by_the_hub_are_forms_of_the_same_group():
    body = body_for("broadband villages", [("broadband", "full fibre")])
    broadband = body["query"]["bool"]["should"][0]["dis_max"]["queries"]
    assert "broadband" in {f["multi_match"]["query"] for f in broadband if "multi_match" in f}
    phrases = {q["query"] for p in clauses(broadband, "match_phrase") for q in p.values()}
    assert phrases == {"full fibre"}
    # Two groups, not three: a synonym never counts as a second idea.
    assert len(body["aggs"]["groups"]["filters"]["filters"]) == 2


def test_filtered_search_narrows_hits_and_facet_counts_but_not_the_matches():
    body = body_for("energy", filters=[("theme", "3"), ("year", "2021")])
    narrowed = {"bool": {"filter": [{"term": {"theme": "3"}}, {"term": {"year": "2021"}}]}}
    assert body["post_filter"] == narrowed
    assert body["aggs"]["facets"]["filter"] == narrowed
    assert "filter" not in body["query"]["bool"]
    assert body["aggs"]["matched"] == {"filter": {"match_all": {}}}


def test_promoted_pages_are_left_out_of_hits_and_counts_but_still_matched():
    body = body_for("energy", exclude=frozenset({("page", 7), ("document", 2)}))
    expected = [{"ids": {"values": ["document:2", "page:7"]}}]
    assert body["post_filter"]["bool"]["must_not"] == expected
    assert body["aggs"]["facets"]["filter"]["bool"]["must_not"] == expected


def test_newest_sorts_by_year_then_date_with_missing_values_last():
    body = body_for("energy", sort="newest")
    assert body["sort"][:2] == [
        {"year": {"order": "desc", "missing": "_last"}},
        {"date": {"order": "desc", "missing": "_last"}},
    ]
    assert body["track_scores"] is True


def test_pages_of_results_use_from_and_size():
    assert (
        body_for("energy", offset=20, limit=10)["from"],
        body_for("energy", offset=20)["size"],
    ) == (
        20,
        10,
    )
    counted_only = body_for("energy", limit=0)
    assert counted_only["size"] == 0
    assert "highlight" not in counted_only


def test_members_only_pages_and_private_collections_are_excluded_by_kind(corpus):
    PageViewRestriction.objects.create(page=corpus["energy_story"], restriction_type="login")
    private = Collection.get_first_root_node().add_child(name="Lab drafts")
    inner = private.add_child(name="Lab drafts 2025")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden = Hidden(
        page_paths=tuple(Visibility(None).hidden_page_paths),
        collection_ids=frozenset(Visibility(None).hidden_collection_id_set),
        document_ids=frozenset({41, 42}),
    )
    body = body_for("energy", hidden=hidden)
    pages, collections, documents = body["query"]["bool"]["must_not"]
    assert pages["bool"]["filter"] == [{"term": {"kind": "page"}}]
    assert {"prefix": {"path": corpus["energy_story"].path}} in pages["bool"]["should"]
    assert pages["bool"]["minimum_should_match"] == 1
    assert collections["bool"]["filter"][0] == {"term": {"kind": "document"}}
    assert set(collections["bool"]["filter"][1]["terms"]["collection_id"]) == {
        private.pk,
        inner.pk,
    }
    assert documents == {"ids": {"values": ["document:41", "document:42"]}}
    # Everyone else sees everything: no exclusions at all.
    assert "must_not" not in body_for("energy")["query"]["bool"]


def test_query_syntax_typed_by_users_never_reaches_the_server():
    body = body_for('title:"x" OR (y* AND z~) {"script": 1} _id:page:1')
    kinds = {key for node in walk(body["query"]) for key in node}
    assert not kinds & {"query_string", "simple_query_string", "script", "wildcard", "regexp"}
    texts = [c["query"] for c in clauses(body["query"], "multi_match")]
    texts += [p[f]["query"] for p in clauses(body["query"], "match_phrase") for f in p]
    assert texts
    for text in texts:
        assert all(ch.isalnum() or ch == " " for ch in text), text


def test_a_query_with_nothing_to_search_sends_nothing(engine, server):
    empty = TermGroup("", frozenset())
    answer = engine.search(EngineRequest(groups=[empty]))
    assert (answer.hits, answer.total, answer.group_counts) == ([], 0, [0])
    assert server.requests == []


# Responses

OPENSEARCH_2_RESPONSE = {
    "took": 12,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 3, "relation": "eq"},
        "max_score": 9.482,
        "hits": [
            {
                "_index": INDEX,
                "_id": "page:12",
                "_score": 9.48213,
                "sort": [9.48213, "page", 12],
                "highlight": {
                    "title": ["Community <mark>energy</mark> in Lambeth"],
                    "summary": ["own solar panels through a community <mark>energy</mark> society"],
                    "body": ["a later <mark>energy</mark> mention"],
                },
            },
            {
                "_index": INDEX,
                "_id": "document:5",
                "_score": 3.1,
                "sort": [3.1, "document", 5],
                "highlight": {"body": ["the <mark>energy</mark> report &amp; figures"]},
            },
            {"_index": INDEX, "_id": "page:30", "_score": 1.0, "sort": [1.0, "page", 30]},
        ],
    },
    "aggregations": {
        "matched": {"doc_count": 4},
        "groups": {"buckets": {"0": {"doc_count": 4}, "1": {"doc_count": 2}}},
        "facets": {
            "doc_count": 3,
            "type": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": "case_study", "doc_count": 2},
                    {"key": "document", "doc_count": 1},
                ],
            },
            "year": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": 2022, "doc_count": 2}, {"key": 2019, "doc_count": 1}],
            },
            "theme": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "7", "doc_count": 3}],
            },
            "principle": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [],
            },
            "member": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "4", "doc_count": 2}],
            },
            "region": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
        },
    },
}

# OpenSearch 3.x, sorted by newest: sort values are the year and the date in epoch millis, and
# the score is present because the body asks for track_scores.
OPENSEARCH_3_NEWEST_RESPONSE = {
    "took": 4,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 1, "relation": "eq"},
        "max_score": None,
        "hits": [
            {
                "_index": INDEX,
                "_id": "page:9",
                "_score": 2.25,
                "sort": [2021, 1640995200000, "page", 9],
                "highlight": {"title": ["Full <mark>fibre</mark> for rural villages"]},
            }
        ],
    },
    "aggregations": {
        "groups": {"buckets": {"0": {"doc_count": 1}}},
        "matched": {"doc_count": 1},
        "facets": {
            "doc_count": 1,
            "year": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": 2021, "doc_count": 1}],
            },
            "type": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "case_study", "doc_count": 1}],
            },
        },
    },
}

ZERO_HIT_RESPONSE = {
    "took": 1,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
    "aggregations": {
        "matched": {"doc_count": 0},
        "groups": {"buckets": {"0": {"doc_count": 0}}},
        "facets": {
            "doc_count": 0,
            "type": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
        },
    },
}


def test_an_opensearch_2_response_becomes_hits_totals_counts_and_highlights():
    answer = parse_response(OPENSEARCH_2_RESPONSE, 2)
    assert [hit.key for hit in answer.hits] == [("page", 12), ("document", 5), ("page", 30)]
    assert answer.hits[0].score == 9.4821
    assert answer.hits[0].highlights == {
        "title": ["Community <mark>energy</mark> in Lambeth"],
        "text": ["own solar panels through a community <mark>energy</mark> society"],
    }
    assert answer.hits[1].highlights == {"text": ["the <mark>energy</mark> report &amp; figures"]}
    assert answer.hits[2].highlights == {}
    assert answer.total == 3
    assert answer.matched == 4
    assert answer.group_counts == [4, 2]
    assert answer.facets == {
        ("type", "case_study"): 2,
        ("type", "document"): 1,
        ("year", "2022"): 2,
        ("year", "2019"): 1,
        ("theme", "7"): 3,
        ("member", "4"): 2,
    }


def test_an_opensearch_3_response_sorted_by_newest():
    answer = parse_response(OPENSEARCH_3_NEWEST_RESPONSE, 1)
    assert [(hit.key, hit.score) for hit in answer.hits] == [(("page", 9), 2.25)]
    assert answer.hits[0].highlights == {"title": ["Full <mark>fibre</mark> for rural villages"]}
    assert (answer.total, answer.matched, answer.group_counts) == (1, 1, [1])
    assert answer.facets == {("year", "2021"): 1, ("type", "case_study"): 1}


def test_a_zero_hit_response():
    answer = parse_response(ZERO_HIT_RESPONSE, 1)
    assert (answer.hits, answer.total, answer.facets, answer.matched) == ([], 0, {}, 0)
    assert answer.group_counts == [0]


def test_facet_values_beyond_the_counted_ones_are_reported(caplog):
    response = json.loads(json.dumps(ZERO_HIT_RESPONSE))
    response["aggregations"]["facets"]["type"]["sum_other_doc_count"] = 5
    with caplog.at_level(logging.WARNING, logger="searchserver.engine"):
        parse_response(response, 1)
    assert "more values than the engine counts" in caplog.text


# Round trips through a real client


def test_a_search_is_one_request_with_the_body_and_its_answer(engine, server):
    server.responses[("POST", "/_search")] = (200, OPENSEARCH_2_RESPONSE)
    request = EngineRequest(groups=groups_for("community energy"), offset=0, limit=10)
    answer = engine.search(request)
    ((method, path, params, body),) = server.requests
    assert (method, path) == ("POST", f"/{INDEX}/_search")
    assert body == bodies.search_body(request)
    assert answer.total == 3
    assert answer.hits[0].key == ("page", 12)


@pytest.mark.parametrize(
    "failure",
    [
        ServerUnreachable("N/A", "Connection refused", None),
        HTTP_EXCEPTIONS[400](
            400,
            "search_phase_execution_exception",
            {
                "error": {
                    "root_cause": [{"type": "query_shard_exception", "reason": "failed"}],
                    "type": "search_phase_execution_exception",
                    "reason": "all shards failed",
                },
                "status": 400,
            },
        ),
        TransportError(503, "cluster_block_exception", {"status": 503}),
    ],
    ids=["unreachable", "bad-request", "unavailable"],
)
def test_a_failed_search_is_logged_and_answered_empty(engine, server, caplog, failure):
    server.responses[("POST", "/_search")] = failure
    with caplog.at_level(logging.ERROR, logger="searchserver.engine"):
        answer = engine.search(EngineRequest(groups=groups_for("energy")))
    assert (answer.hits, answer.total, answer.facets, answer.matched) == ([], 0, {}, 0)
    assert "could not answer a search" in caplog.text


def test_a_server_error_status_through_the_client_is_answered_empty(engine, server, caplog):
    server.responses[("POST", "/_search")] = (
        503,
        {"error": {"type": "cluster_block_exception", "reason": "index closed"}, "status": 503},
    )
    with caplog.at_level(logging.ERROR, logger="searchserver.engine"):
        answer = engine.search(EngineRequest(groups=groups_for("energy")))
    assert answer.total == 0
    assert "cluster_block_exception" in caplog.text


def test_index_settings_and_mappings_carry_the_synonyms(engine, server, db):
    Synonym.objects.all().delete()  # the ones the migrations start with
    Synonym.objects.create(terms="broadband, full fibre")
    Synonym.objects.create(terms="co-op, co-operative, mutual")
    engine.reset()
    assert [(m, p) for m, p, _, _ in server.requests] == [
        ("HEAD", f"/{INDEX}"),
        ("PUT", f"/{INDEX}"),
    ]
    (created,) = server.sent("PUT", INDEX)
    analysis = created["settings"]["analysis"]
    assert analysis["filter"]["hub_synonyms"] == {
        "type": "synonym_graph",
        # The server's tokenizer reads "co-op" in a rule as the two words "co op".
        "synonyms": ["broadband, full fibre", "co-op, co-operative, mutual"],
        "lenient": True,
    }
    assert analysis["filter"]["english_stemmer"] == {"type": "stemmer", "language": "english"}
    search_filters = analysis["analyzer"]["hub_english_search"]["filter"]
    assert search_filters.index("lowercase") < search_filters.index("hub_synonyms")
    assert search_filters.index("hub_synonyms") < search_filters.index("english_stemmer")
    assert "hub_synonyms" not in analysis["analyzer"]["hub_english"]["filter"]
    assert created["settings"]["index"]["number_of_shards"] == 1
    properties = created["mappings"]["properties"]
    for field in ("title", "summary", "body"):
        assert properties[field]["analyzer"] == "hub_english"
        assert properties[field]["search_analyzer"] == "hub_english_search"
    for field in ("kind", "type", "path", "theme", "principle", "member", "region"):
        assert properties[field] == {"type": "keyword"}
    assert properties["extra"] == {"type": "object", "enabled": False}
    assert properties["year"] == {"type": "integer"}
    assert properties["date"] == {"type": "date"}
    # A second reset drops the index first.
    engine.reset()
    assert [m for m, _, _, _ in server.requests[2:]] == ["HEAD", "DELETE", "PUT"]


def test_bulk_bodies_mirror_the_index_rows_of_a_rebuild(
    configured, corpus, django_capture_on_commit_callbacks
):
    report = factories.DocumentFactory(title="Energy report")
    page = corpus["about"].specific
    page.body = [("document", {"document": report})]
    page.save_revision().publish()
    configured.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        count = indexing.rebuild()
    methods = [(m, p) for m, p, _, _ in configured.requests]
    assert methods[:2] == [("HEAD", f"/{INDEX}"), ("PUT", f"/{INDEX}")]
    lines = [line for body in configured.sent("POST", "/_bulk") for line in body]
    actions = lines[0::2]
    sent = {
        a["index"]["_id"]: doc for a, doc in zip(actions, lines[1::2], strict=True) if "index" in a
    }
    assert len(sent) == count == IndexedItem.objects.count()
    story = corpus["energy_story"]
    row = IndexedItem.objects.get(kind="page", object_id=story.pk)
    doc = sent[f"page:{story.pk}"]
    assert {a["index"]["_index"] for a in actions if "index" in a} == {INDEX}
    assert doc["kind"] == "page" and doc["object_id"] == story.pk
    assert (doc["title"], doc["summary"], doc["body"]) == (row.title, row.summary, row.body)
    assert doc["path"] == story.path
    assert doc["year"] == 2022
    assert doc["type"] == row.type
    values = {(v.facet, v.value) for v in row.values.all()}
    for facet in ("theme", "principle", "member", "region"):
        assert {(facet, value) for value in doc[facet]} == {v for v in values if v[0] == facet}
    assert doc["theme"] == [str(corpus["energy_story"].themes.first().pk)]
    document = sent[f"document:{report.pk}"]
    assert document["collection_id"] == report.collection_id
    assert document["publishers"] == [page.pk]
    assert document["extra"] == IndexedItem.objects.get(kind="document", object_id=report.pk).extra
    assert document["path"] == ""


def test_indexing_after_commit_writes_and_removes_documents(
    configured, corpus, django_capture_on_commit_callbacks
):
    story = corpus["energy_story"]
    configured.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert [(m, p) for m, p, _, _ in configured.requests] == [("POST", "/_bulk")]
    (bulk,) = configured.sent("POST", "/_bulk")
    assert bulk == [{"delete": {"_index": INDEX, "_id": f"page:{story.pk}"}}]

    configured.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    # Before its first write a process checks the index exists, and creates it if not.
    assert [(m, p) for m, p, _, _ in configured.requests[:2]] == [
        ("HEAD", f"/{INDEX}"),
        ("PUT", f"/{INDEX}"),
    ]
    lines = [line for body in configured.sent("POST", "/_bulk") for line in body]
    at = lines.index({"index": {"_index": INDEX, "_id": f"page:{story.pk}"}})
    assert lines[at + 1]["title"] == "Community energy in Lambeth"

    configured.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert configured.sent("POST", "/_bulk")
    assert not [r for r in configured.requests if r[0] in {"HEAD", "PUT"}]  # checked once


def test_saving_a_synonym_pushes_the_synonyms_to_the_server(
    configured, db, django_capture_on_commit_callbacks
):
    Synonym.objects.all().delete()
    configured.indices.add(INDEX)
    with django_capture_on_commit_callbacks(execute=True):
        synonym = Synonym.objects.create(terms="broadband, full fibre")
    assert [(m, p) for m, p, _, _ in configured.requests] == [
        ("POST", f"/{INDEX}/_close"),
        ("PUT", f"/{INDEX}/_settings"),
        ("POST", f"/{INDEX}/_open"),
    ]
    (put,) = configured.sent("PUT", "/_settings")
    assert put["analysis"]["filter"]["hub_synonyms"]["synonyms"] == ["broadband, full fibre"]

    configured.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        synonym.delete()
    (put,) = configured.sent("PUT", "/_settings")
    assert put["analysis"]["filter"]["hub_synonyms"]["synonyms"] == []


def test_the_index_is_opened_again_when_new_synonyms_are_refused(engine, server, db, caplog):
    server.responses[("PUT", "/_settings")] = (
        400,
        {"error": {"type": "illegal_argument_exception", "reason": "bad rule"}, "status": 400},
    )
    with caplog.at_level(logging.ERROR, logger="searchserver.engine"):
        engine.update_synonyms()
    assert [m for m, _, _, _ in server.requests] == ["POST", "PUT", "POST"]
    assert server.requests[-1][1] == f"/{INDEX}/_open"
    assert "could not take the new synonyms" in caplog.text


def test_synonyms_are_not_pushed_without_a_search_server(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    def no_client(*args):
        raise AssertionError("no search server is configured")

    monkeypatch.setattr(engine_module, "make_client", no_client)
    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(terms="broadband, full fibre")


def test_the_search_service_shows_the_servers_hits_in_its_order(configured, corpus):
    energy, toolkit = corpus["energy_story"], corpus["toolkit"]
    assert isinstance(get_engine(), OpenSearchEngine)
    response = json.loads(json.dumps(ZERO_HIT_RESPONSE))
    response["hits"] = {
        "total": {"value": 2, "relation": "eq"},
        "max_score": 5.0,
        "hits": [
            {"_index": INDEX, "_id": f"page:{toolkit.pk}", "_score": 5.0},
            {"_index": INDEX, "_id": f"page:{energy.pk}", "_score": 4.0},
        ],
    }
    response["aggregations"]["matched"]["doc_count"] = 2
    configured.responses[("POST", "/_search")] = (200, response)
    results = run_search({"q": "energy"}, log=False)
    assert [result.title for result in results.results] == [toolkit.title, energy.title]
    assert results.total == 2
    (search,) = configured.sent("POST", "/_search")
    assert search["size"] == results.page_size


# The Elasticsearch 8/9 client path


def test_an_elasticsearch_client_sends_the_same_search_body_and_its_failures_are_caught(caplog):
    import elasticsearch

    client = engine_module.make_client(
        ("https://hub:secret@search.example.org:9243",), "elasticsearch9", 10
    )
    assert isinstance(client, elasticsearch.Elasticsearch)
    engine = OpenSearchEngine(client=client, index=INDEX)
    request = EngineRequest(groups=groups_for("community energy"))
    with mock.patch.object(client, "perform_request", return_value=OPENSEARCH_2_RESPONSE) as sent:
        answer = engine.search(request)
    (call,) = sent.call_args_list
    assert call.args == ("POST", f"/{INDEX}/_search")
    assert call.kwargs["body"] == bodies.search_body(request)
    assert answer.total == 3

    failure = elasticsearch.ConnectionError("Connection refused")
    with (
        mock.patch.object(client, "perform_request", side_effect=failure),
        caplog.at_level(logging.ERROR, logger="searchserver.engine"),
    ):
        assert engine.search(request).total == 0
    assert "could not answer a search" in caplog.text


# Search by meaning on the server's own vector field (k-NN): also offline only


@pytest.fixture
def meaning_on(settings):
    settings.SEMANTIC_SEARCH = {**settings.SEMANTIC_SEARCH, "enabled": True}


def test_the_index_has_a_vector_field_in_each_servers_dialect(meaning_on):
    opensearch = bodies.index_body([], bodies.OPENSEARCH, 384)
    assert opensearch["settings"]["index"]["knn"] is True
    assert opensearch["mappings"]["properties"]["embedding"] == {
        "type": "knn_vector",
        "dimension": 384,
        "method": {"name": "hnsw", "space_type": "cosinesimil", "engine": "lucene"},
    }
    elastic = bodies.index_body([], bodies.ELASTICSEARCH, 384)
    assert "knn" not in elastic["settings"]["index"]
    assert elastic["mappings"]["properties"]["embedding"]["type"] == "dense_vector"
    assert "embedding" not in bodies.index_body([])["mappings"]["properties"]


def test_a_search_by_meaning_matches_the_vector_beside_the_words_under_the_same_privacy():
    vector = [0.5] * 4
    request = EngineRequest(
        groups=groups_for("lonely pensioners"),
        hidden=Hidden(page_paths=("00010002",)),
        filters=[("type", "case_study")],
        meaning_vector=vector,
        meaning_threshold=0.25,
    )
    meaning = bodies.meaning_clause(bodies.OPENSEARCH, vector, 0.25, 100)
    body = bodies.search_body(request, meaning)

    assert meaning == {"knn": {"embedding": {"vector": vector, "min_score": 0.625}}}
    assert meaning in body["query"]["bool"]["should"]
    assert body["query"]["bool"]["minimum_should_match"] == 1
    assert body["query"]["bool"]["must_not"]  # the same privacy for both kinds of match
    assert body["post_filter"] == bodies.narrowing(request)
    assert body["track_total_hits"] is True  # radial search: every item above the score

    elastic = bodies.meaning_clause(bodies.ELASTICSEARCH, vector, 0.25, 100)
    assert elastic["knn"]["similarity"] == 0.25 and elastic["knn"]["k"] == 100


def test_a_query_of_stopwords_alone_still_searches_by_meaning():
    meaning = bodies.meaning_clause(bodies.OPENSEARCH, [1.0, 0.0], 0.25, 100)
    body = bodies.search_body(EngineRequest(groups=[]), meaning)
    assert body["query"]["bool"]["should"] == [meaning]
    assert bodies.search_body(EngineRequest(groups=[])) is None


def test_the_service_sends_the_querys_vector_and_shows_the_passage_that_matched(
    configured, meaning_on, corpus
):
    from semantic.embedding import embed_everything

    embed_everything()
    story = corpus["broadband_story"]
    response = json.loads(json.dumps(OPENSEARCH_2_RESPONSE))
    response["hits"]["hits"] = [
        {"_index": INDEX, "_id": f"page:{story.pk}", "_score": 0.81, "sort": [0.81]}
    ]
    response["hits"]["total"] = {"value": 1, "relation": "eq"}
    configured.responses[("POST", "/_search")] = (200, response)

    found = run_search({"q": "getting the countryside online"}, log=False)

    body = configured.sent("POST", "/_search")[-1]  # after any spelling checks
    (knn,) = clauses(body, "knn")
    assert len(knn["embedding"]["vector"]) == 384
    assert knn["embedding"]["min_score"] == pytest.approx(0.625)
    assert found.results[0].title == story.title
    assert "full fibre" in str(found.results[0].snippet).lower()


def test_embedded_passages_update_the_servers_vectors(
    configured, meaning_on, corpus, django_capture_on_commit_callbacks
):
    from semantic.embedding import embed

    configured.indices.add(INDEX)
    story = corpus["energy_story"]
    with django_capture_on_commit_callbacks(execute=True):
        embed("page", [story.pk])

    (bulk,) = configured.sent("POST", "/_bulk")
    assert bulk[0] == {"update": {"_index": INDEX, "_id": f"page:{story.pk}"}}
    vector = bulk[1]["doc"]["embedding"]
    assert len(vector) == 384
    assert sum(x * x for x in vector) == pytest.approx(1.0, abs=1e-4)


def test_more_like_this_on_the_server_compares_the_pages_own_vector_and_leaves_it_out(
    configured, meaning_on, corpus
):
    from semantic.embedding import embed_everything

    embed_everything()
    configured.responses[("POST", "/_search")] = (200, OPENSEARCH_2_RESPONSE)
    story = corpus["housing_story"]

    run_search({"similar_to": str(story.pk)})

    (body,) = configured.sent("POST", "/_search")
    (knn,) = clauses(body, "knn")
    assert knn["embedding"]["min_score"] == pytest.approx((1 + 0.5) / 2)
    excluded = body["post_filter"]["bool"]["must_not"][0]["ids"]["values"]
    assert f"page:{story.pk}" in excluded
