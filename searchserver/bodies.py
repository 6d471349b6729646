"""What the OpenSearch engine sends: the index definition, the documents and the search body.

Plain functions of plain values, so every body can be checked without a server. Nothing typed
by a visitor becomes query syntax: words and phrases only ever go into the `query` text of
`multi_match`/`match`/`match_phrase` clauses, which the server analyses as text.
"""

from search.ranking import (
    EXACT_TITLE_BONUS,
    PHRASE_IN_SUMMARY_BONUS,
    PHRASE_IN_TITLE_BONUS,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
)

FACETS = ("type", "year", "theme", "principle", "member", "region")
# Larger than the number of distinct values any facet holds (types, years, taxonomy terms,
# members), so with one shard the terms aggregations count every value exactly.
FACET_SIZE = 10000
FIELDS = [f"title^{TITLE_WEIGHT:g}", f"summary^{SUMMARY_WEIGHT:g}", "body"]
FIELD_BOOSTS = {"title": TITLE_WEIGHT, "summary": SUMMARY_WEIGHT, "body": 1.0}
SYNONYM_FILTER = "hub_synonyms"
INDEX_ANALYZER = "hub_english"
SEARCH_ANALYZER = "hub_english_search"
FRAGMENT_SIZE = 160


OPENSEARCH = "opensearch"
ELASTICSEARCH = "elasticsearch"


def document_id(kind, object_id):
    return f"{kind}:{object_id}"


def synonym_rules(term_lists):
    """Solr-format equivalence rules ("co op, cooperative, mutual") for the synonym filter.
    Terms are already lower-case words separated by single spaces (Synonym.term_list())."""
    rules = []
    for terms in term_lists:
        terms = [term.replace(",", " ").strip() for term in terms]
        terms = list(dict.fromkeys(term for term in terms if term))
        if len(terms) > 1:
            rules.append(", ".join(terms))
    return rules


def synonym_filter(rules):
    # `lenient` skips a rule the analyser cannot parse instead of failing the whole index.
    return {"type": "synonym_graph", "synonyms": list(rules), "lenient": True}


def analysis(rules):
    """English stemming at index time; the same plus comms' synonyms at search time. The
    English analyser is rebuilt from its parts (as the reference documents it) so that the
    synonym filter can sit after lower-casing and before stop words and stemming."""
    english = ["english_possessive_stemmer", "lowercase", "english_stop", "english_stemmer"]
    return {
        "filter": {
            "english_stop": {"type": "stop", "stopwords": "_english_"},
            "english_stemmer": {"type": "stemmer", "language": "english"},
            "english_possessive_stemmer": {"type": "stemmer", "language": "possessive_english"},
            SYNONYM_FILTER: synonym_filter(rules),
        },
        "char_filter": {
            # A title reduced to its words: "Co-operative housing!" -> "co operative housing".
            "words_only": {
                "type": "pattern_replace",
                "pattern": "[^\\p{L}\\p{N}]+",
                "replacement": " ",
            },
        },
        "analyzer": {
            INDEX_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": english},
            SEARCH_ANALYZER: {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [*english[:2], SYNONYM_FILTER, *english[2:]],
            },
            "whole_title": {
                "type": "custom",
                "tokenizer": "keyword",
                "char_filter": ["words_only"],
                "filter": ["lowercase", "trim"],
            },
        },
    }


def text_field(**extra):
    return {"type": "text", "analyzer": INDEX_ANALYZER, "search_analyzer": SEARCH_ANALYZER, **extra}


def mappings():
    keyword = {"type": "keyword"}
    return {
        "dynamic": "strict",
        "properties": {
            "kind": keyword,
            "object_id": {"type": "integer"},
            "type": keyword,
            "title": text_field(fields={"exact": {"type": "text", "analyzer": "whole_title"}}),
            "summary": text_field(),
            "body": text_field(),
            "date": {"type": "date"},
            "year": {"type": "integer"},
            "path": keyword,
            "collection_id": {"type": "integer"},
            "publishers": {"type": "integer"},
            "theme": keyword,
            "principle": keyword,
            "member": keyword,
            "region": keyword,
            "extra": {"type": "object", "enabled": False},
        },
    }


def vector_field(dialect, dimensions):
    """The field holding an item's meaning (the mean of its passages' vectors, unit length):
    OpenSearch's k-NN field, or Elasticsearch's dense vector, compared by cosine."""
    if dialect == OPENSEARCH:
        return {
            "type": "knn_vector",
            "dimension": dimensions,
            "method": {"name": "hnsw", "space_type": "cosinesimil", "engine": "lucene"},
        }
    return {"type": "dense_vector", "dims": dimensions, "index": True, "similarity": "cosine"}


def index_body(rules, dialect=OPENSEARCH, vector_dimensions=None):
    """The whole index: one shard, so relevance statistics and facet counts are exact; with
    `vector_dimensions`, a vector field for search by meaning."""
    body = {
        "settings": {
            "index": {"number_of_shards": 1},
            "analysis": analysis(rules),
        },
        "mappings": mappings(),
    }
    if vector_dimensions:
        body["mappings"]["properties"]["embedding"] = vector_field(dialect, vector_dimensions)
        if dialect == OPENSEARCH:
            body["settings"]["index"]["knn"] = True
    return body


def meaning_clause(dialect, vector, threshold, candidates):
    """Every item at least `threshold` alike (cosine) to the query's vector. OpenSearch's radial
    k-NN search (2.14+) takes a minimum score, (1 + cosine) / 2 for the Lucene engine, and finds
    every item above it; Elasticsearch's knn query (8.12+) takes the minimum similarity itself
    among the `candidates` nearest."""
    values = [round(float(x), 6) for x in vector]
    if dialect == OPENSEARCH:
        return {"knn": {"embedding": {"vector": values, "min_score": (1 + threshold) / 2}}}
    return {
        "knn": {
            "field": "embedding",
            "query_vector": values,
            "k": candidates,
            "num_candidates": 2 * candidates,
            "similarity": threshold,
        }
    }


def document(item, facts, embedding=None):
    """The server's copy of one IndexedItem row (and the facet values of its SearchFacts), with
    its meaning's vector when it has passages."""
    body = {
        "kind": item.kind,
        "object_id": item.object_id,
        "type": item.type,
        "title": item.title,
        "summary": item.summary,
        "body": item.body,
        "date": item.date.isoformat() if item.date else None,
        "year": item.year,
        "path": item.path,
        "collection_id": item.collection_id,
        "publishers": list(item.publishers or []),
        "theme": [str(pk) for pk in facts.themes],
        "principle": [str(pk) for pk in facts.principles],
        "member": [str(pk) for pk in facts.members],
        "region": [str(pk) for pk in facts.regions],
        "extra": item.extra or {},
    }
    if embedding is not None:
        body["embedding"] = [round(float(x), 6) for x in embedding]
    return body


def bulk_index(index, built, embeddings=None):
    """Bulk actions replacing the documents of `built` ([(IndexedItem, SearchFacts)]);
    `embeddings` is {(kind, object id): vector} for those that have one."""
    embeddings = embeddings or {}
    lines = []
    for item, facts in built:
        key = (item.kind, item.object_id)
        lines.append({"index": {"_index": index, "_id": document_id(*key)}})
        lines.append(document(item, facts, embeddings.get(key)))
    return lines


def bulk_embeddings(index, kind, embeddings):
    """Bulk actions setting the vector of documents already indexed ({object id: vector})."""
    lines = []
    for object_id, vector in sorted(embeddings.items()):
        lines.append({"update": {"_index": index, "_id": document_id(kind, object_id)}})
        lines.append({"doc": {"embedding": [round(float(x), 6) for x in vector]}})
    return lines


def bulk_delete(index, kind, object_ids):
    return [
        {"delete": {"_index": index, "_id": document_id(kind, object_id)}}
        for object_id in sorted(object_ids)
    ]


def phrase_clause(phrase, boosts=FIELD_BOOSTS):
    return {
        "bool": {
            "should": [
                {"match_phrase": {field: {"query": phrase, "boost": boost}}}
                for field, boost in boosts.items()
            ]
        }
    }


def group_clause(group):
    """One term group: the best of its forms, each scored over title, summary and body added
    together (as ranking.py adds a title or summary match to a match anywhere). None when
    the group has no form to search for."""
    forms = [
        {"multi_match": {"query": word, "fields": FIELDS, "type": "most_fields"}}
        for word in group.backend_words()
    ]
    forms += [phrase_clause(phrase) for phrase in group.backend_phrases()]
    if not forms:
        return None
    return {"dis_max": {"queries": forms}}


def bonus_clauses(groups):
    """ranking.py's bonuses: the query's words in the order typed in a title or summary, and a
    title that is the query. Only items matching the groups can match these."""
    labels = " ".join(group.label for group in groups)
    clauses = []
    if len(groups) > 1:
        clauses.append(
            phrase_clause(
                labels, {"title": PHRASE_IN_TITLE_BONUS, "summary": PHRASE_IN_SUMMARY_BONUS}
            )
        )
    clauses.append({"match": {"title.exact": {"query": labels, "boost": EXACT_TITLE_BONUS}}})
    return clauses


def hidden_clauses(hidden):
    """must_not clauses for what this person may not see (core.privacy)."""
    clauses = []
    if hidden.page_paths:
        clauses.append(
            {
                "bool": {
                    "filter": [{"term": {"kind": "page"}}],
                    "should": [{"prefix": {"path": path}} for path in hidden.page_paths],
                    "minimum_should_match": 1,
                }
            }
        )
    if hidden.collection_ids:
        clauses.append(
            {
                "bool": {
                    "filter": [
                        {"term": {"kind": "document"}},
                        {"terms": {"collection_id": sorted(hidden.collection_ids)}},
                    ]
                }
            }
        )
    if hidden.document_ids:
        ids = [document_id("document", pk) for pk in sorted(hidden.document_ids)]
        clauses.append({"ids": {"values": ids}})
    return clauses


def narrowing(request):
    """The filters and exclusions that narrow the visible matches (the post filter)."""
    clause = {
        "bool": {"filter": [{"term": {facet: str(value)}} for facet, value in request.filters]}
    }
    if request.exclude:
        ids = [document_id(kind, pk) for kind, pk in sorted(request.exclude)]
        clause["bool"]["must_not"] = [{"ids": {"values": ids}}]
    return clause


SORTS = {
    "relevance": ["_score", {"kind": "asc"}, {"object_id": "asc"}],
    "newest": [
        {"year": {"order": "desc", "missing": "_last"}},
        {"date": {"order": "desc", "missing": "_last"}},
        {"kind": "asc"},
        {"object_id": "asc"},
    ],
}


def search_body(request, meaning=None):
    """The one `_search` body answering `request`, or None when there is nothing to search for.
    `meaning` is the query's meaning clause (meaning_clause), matched beside the groups: an item
    holding the words or alike in meaning matches, and the server adds the two scores."""
    groups = [group_clause(group) for group in request.groups]
    wanted = [clause for clause in groups if clause is not None]
    if not wanted and meaning is None:
        return None
    should = wanted + (bonus_clauses(request.groups) if wanted else [])
    if meaning is not None:
        should.append(meaning)
    query = {"bool": {"should": should, "minimum_should_match": 1}}
    hidden = hidden_clauses(request.hidden)
    if hidden:
        query["bool"]["must_not"] = hidden
    narrowed = narrowing(request)
    body = {
        "query": query,
        "post_filter": narrowed,
        "track_total_hits": True,
        "track_scores": True,
        "from": request.offset,
        "size": request.limit,
        "sort": SORTS.get(request.sort, SORTS["relevance"]),
        "_source": False,  # hits are read from their ids, "page:12"
        "aggs": {
            # Aggregations see every visible match; the post filter narrows only the hits.
            "matched": {"filter": {"match_all": {}}},
            "groups": {
                "filters": {
                    "filters": {
                        str(index): clause
                        for index, clause in enumerate(groups)
                        if clause is not None
                    }
                }
            },
            "facets": {
                "filter": narrowed,
                "aggs": {
                    facet: {"terms": {"field": facet, "size": FACET_SIZE}} for facet in FACETS
                },
            },
        },
    }
    if request.limit:
        body["highlight"] = {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "number_of_fragments": 1,
            "fragment_size": FRAGMENT_SIZE,
            "fields": {"title": {}, "summary": {}, "body": {}},
        }
    return body
