"""The search service: one road for every face that asks (HTML page, JSON API, benchmarks).

    run_search(params, user) -> SearchResults

clean and bound the query → expand it (variants, synonyms, spelling corrections) → ask the
configured engine once for the page of ranked hits, the exact total and the facet counts, with
what this person may not see left out (`core.privacy`) → shape the hits from the live objects
they name, checked again, so a stale index entry can never show what is gone or private.
"""

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.privacy import Visibility
from members.models import MemberPage

from . import querylog
from .engines import EngineRequest, Hidden, get_engine
from .facets import FACET_NAMES, count_facets, load_taxonomy_labels, parse_filters
from .indexing import type_labels
from .models import IndexedItem
from .query import clean_query, expand
from .snippets import highlight, make_snippet
from .spelling import correction
from .synonyms import synonym_groups
from .text import variants

PAGE_SIZE = 10
ADDRESS_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id")  # what get_url reads
MAX_PAGE_SIZE = 50
MAX_PAGE_NUMBER = 1000
SORTS = {"relevance": "Relevance", "newest": "Newest first"}


@dataclass
class Result:
    """One result as every face shows it."""

    kind: str  # "page" or "document"
    id: int
    type: str  # a facet value: case_study, toolkit, lab, member, page, document
    type_label: str
    title: str
    title_html: str  # escaped, matched words in <mark>
    url: str
    snippet: str  # escaped HTML with <mark>; from the page or the document's text
    snippet_found: bool  # False when the snippet is only the start of the text
    year: int | None = None
    date: datetime | None = None
    members: list = field(default_factory=list)  # [{"title", "url"}]
    pdf_page: int | None = None  # the PDF page of the best hit inside a document
    document_url: str | None = None  # the file itself (documents)
    published_on: list = field(default_factory=list)  # pages that publish a document
    file_type: str = ""  # documents: "PDF", "DOCX"…
    file_size: int | None = None  # documents: bytes
    score: float = 0.0
    promoted: bool = False
    promotion_description: str = ""


@dataclass
class SearchResults:
    query: object  # query.CleanQuery
    sort: str
    page: int
    page_size: int
    total: int
    results: list
    promotions: list
    facets: list
    filters: list
    messages: list
    suggestion: str | None = None  # a corrected query, when a word looks misspelt
    suggestion_params: str = ""
    popular: list = field(default_factory=list)  # offered when nothing was found
    without_filters_params: str = ""
    state: dict = field(default_factory=dict)

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.page_size))

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def start_index(self):
        return (self.page - 1) * self.page_size + 1 if self.total else 0

    @property
    def end_index(self):
        return min(self.page * self.page_size, self.total)

    @property
    def next_params(self):
        return encode_state(self.state, page=self.page + 1)

    @property
    def previous_params(self):
        return encode_state(self.state, page=self.page - 1)


def _first(params, name, default=""):
    getter = getattr(params, "get", None)
    value = getter(name, default) if getter else default
    if isinstance(value, (list, tuple)):
        value = value[0] if value else default
    return value if isinstance(value, str) else default


def _bounded_int(value, default, low, high):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def encode_state(state, **changes):
    """A query string for `state` (q, sort, filters) with `changes` applied."""
    merged = {**state, **changes}
    pairs = [("q", merged.get("q", ""))]
    if merged.get("sort", "relevance") != "relevance":
        pairs.append(("sort", merged["sort"]))
    pairs.extend(merged.get("filters", ()))
    if merged.get("page", 1) != 1:
        pairs.append(("page", merged["page"]))
    return urlencode(pairs)


def _toggle_function(state):
    current = list(state["filters"])

    def toggle(facet, value):
        pair = (facet, value)
        filters = [p for p in current if p != pair] if pair in current else current + [pair]
        return encode_state(state, filters=filters, page=1)

    return toggle


def _correct_groups(query, group_counts):
    """Add spelling corrections to the groups that matched nothing: a word found in the hub's
    text is never "corrected" (so "shops" stays "shops"). The corrected query, or None."""
    corrected_words = {}
    groups = []
    for group, count in zip(query.groups, group_counts, strict=True):
        if not count and " " not in group.label and not group.phrases:
            fixed = correction(group.label)
            if fixed:
                corrected_words[group.label] = fixed
                group = dataclasses.replace(group, corrections=variants(fixed))
        groups.append(group)
    query.groups = groups
    if not corrected_words:
        return None
    return " ".join(corrected_words.get(word, word) for word in query.words)


def _promotions(query, pages):
    keys = {query.normalised, " ".join(query.text.lower().split())[:255]}
    promotions = (
        SearchPromotion.objects.filter(query__query_string__in=keys)
        .filter(page__in=pages)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    return list(promotions)


def run_search(params, user=None, *, log=True, page_size=None, visitor=None):
    """Search the hub. `params` is a QueryDict or dict of URL parameters: q, page, sort,
    page_size and the facets (type, theme, principle, region, member, year). `visitor`
    (querylog.visitor_key) lets the logged search count towards what others are offered."""
    query = clean_query(_first(params, "q"))
    sort = _first(params, "sort", "relevance")
    sort = sort if sort in SORTS else "relevance"
    page_size = page_size or _bounded_int(_first(params, "page_size"), PAGE_SIZE, 1, MAX_PAGE_SIZE)
    requested_page = _bounded_int(_first(params, "page"), 1, 1, MAX_PAGE_NUMBER)
    visibility = Visibility(user)
    members = visibility.pages(MemberPage.objects.all())
    filters = parse_filters(params, members)
    state = {
        "q": query.text,
        "sort": sort,
        "filters": [(f.facet, f.value) for f in filters],
        "page": 1,
    }
    messages = []
    if query.shortened:
        messages.append(
            f"Your search was long, so we searched for its first {len(query.text)} characters "
            f"and at most {len(query.terms)} words."
        )
    results = SearchResults(
        query=query,
        sort=sort,
        page=1,
        page_size=page_size,
        total=0,
        results=[],
        promotions=[],
        facets=[],
        filters=filters,
        messages=messages,
        state=state,
        without_filters_params=encode_state(state, filters=[], page=1),
    )
    if not query:
        return results

    expand(query, synonym_groups())
    promotions = _promotions(query, visibility.pages()) if not filters else []
    request = EngineRequest(
        groups=query.groups,
        hidden=Hidden.from_visibility(visibility),
        filters=[(f.facet, str(f.key)) for f in filters],
        exclude=frozenset(("page", p.page_id) for p in promotions),
        sort=sort,
        offset=(requested_page - 1) * page_size,
        limit=page_size,
    )
    engine = get_engine()
    answer = engine.search(request)
    suggestion = None
    if not all(answer.group_counts):
        suggestion = _correct_groups(query, answer.group_counts)
        if suggestion:
            request.groups = query.groups
            answer = engine.search(request)
    results.total = answer.total
    results.page = min(requested_page, results.num_pages)
    if results.page != requested_page:  # past the last page: show the last one
        request.offset = (results.page - 1) * page_size
        answer = engine.search(request)
    results.facets = count_facets(
        _typed_counts(answer.facets),
        filters,
        _toggle_function(state),
        _member_labels(answer.facets, members),
        load_taxonomy_labels(),
    )
    results.results = shape_results(answer.hits, query, members, visibility)
    if results.page == 1:
        results.promotions = [_shape_promotion(p, query) for p in promotions]
    if suggestion and suggestion != " ".join(query.words):
        results.suggestion = suggestion
        results.suggestion_params = encode_state(state, q=suggestion, page=1)
    if not results.total and not results.promotions:
        results.popular = querylog.suggested_searches(exclude=query.normalised)
    if log and requested_page == 1:
        querylog.record_search(
            query.normalised,
            results.total + len(results.promotions),
            visitor=visitor,
            found_public=_found_public(engine, request, answer, user),
        )
    return results


def _typed_counts(counts):
    """Engine counts ({(facet, "value"): n}) with ids and years as numbers, as filters hold them."""
    return {
        (facet, value if facet == "type" else int(value)): count
        for (facet, value), count in counts.items()
        if facet == "type" or value.isdigit()
    }


def _member_labels(counts, visible_members):
    """{member page id: (slug, title)} for the counted members this person may see."""
    ids = [int(value) for facet, value in counts if facet == "member" and value.isdigit()]
    if not ids:
        return {}
    rows = visible_members.filter(pk__in=ids).values_list("pk", "slug", "title")
    return {pk: (slug, title) for pk, slug, title in rows}


def _found_public(engine, request, answer, user):
    """Whether the query matched anything an anonymous visitor may see (whatever the filters)."""
    if user is None or not user.is_authenticated:
        return answer.matched > 0
    anonymous = dataclasses.replace(
        request, hidden=Hidden.from_visibility(Visibility(AnonymousUser())), filters=[], limit=0
    )
    return engine.search(anonymous).matched > 0


def _document_pdf_page(document, query, offset):
    """The PDF page of the snippet's first match (or, failing that, of any query word)."""
    if (document.file_extension or "").lower() != "pdf":
        return None
    try:
        if offset is not None and getattr(document, "page_offsets", None):
            return document.page_for_offset(offset)
        terms = sorted({w for group in query.groups for w in group.words | group.corrections})
        return document.find_page(terms)
    except (AttributeError, TypeError, ValueError, IndexError):  # a damaged page map
        return None


def shape_results(hits, query, visible_members, visibility):
    """Result objects for the hits on the current page, from the live objects they name: a page
    that is no longer live, or that this person may no longer see, is left out."""
    entries = {
        (entry.kind, entry.object_id): entry
        for entry in IndexedItem.objects.filter(id__in=_entry_ids(hits)).prefetch_related("values")
    }
    page_ids = {hit.object_id for hit in hits if hit.kind == "page"}
    document_ids = [hit.object_id for hit in hits if hit.kind == "document"]
    publisher_ids = {p for key, e in entries.items() if key[0] == "document" for p in e.publishers}
    pages = {
        page.pk: page
        for page in visibility.pages(Page.objects.filter(pk__in=page_ids | publisher_ids)).only(
            *ADDRESS_FIELDS
        )
    }
    documents = (
        {
            d.pk: d
            for d in visibility.documents(get_document_model().objects.filter(pk__in=document_ids))
        }
        if document_ids
        else {}
    )
    member_ids = {
        int(v.value) for e in entries.values() for v in e.values.all() if v.facet == "member"
    }
    members = (
        {
            member.pk: {"title": member.title, "url": member.get_url()}
            for member in visible_members.filter(pk__in=member_ids).only(*ADDRESS_FIELDS)
        }
        if member_ids
        else {}
    )
    labels = type_labels()
    shaped = []
    for hit in hits:
        entry = entries.get(hit.key)
        live = (pages if hit.kind == "page" else documents).get(hit.object_id)
        if entry is None or live is None:
            continue
        held = sorted(int(v.value) for v in entry.values.all() if v.facet == "member")
        base = {
            "kind": hit.kind,
            "id": hit.object_id,
            "type": entry.type,
            "type_label": labels.get(entry.type, "Page"),
            "title": live.title,
            "title_html": highlight(live.title, query.groups),
            "year": entry.year,
            "date": entry.date,
            "members": [members[m] for m in held if m in members],
            "score": hit.score,
        }
        if hit.kind == "page":
            text = " ".join(part for part in (entry.summary, entry.body) if part)
            snippet, found, _ = make_snippet(text, query.groups)
            shaped.append(Result(url=live.get_url(), snippet=snippet, snippet_found=found, **base))
            continue
        snippet, found, offset = make_snippet(entry.body, query.groups)
        pdf_page = _document_pdf_page(live, query, offset) if found else None
        published_on = [
            {"title": pages[p].title, "url": pages[p].get_url()}
            for p in entry.publishers
            if p in pages
        ]
        shaped.append(
            Result(
                url=published_on[0]["url"] if published_on else live.url,
                snippet=snippet,
                snippet_found=found,
                pdf_page=pdf_page,
                document_url=live.url + (f"#page={pdf_page}" if pdf_page else ""),
                published_on=published_on,
                file_type=entry.extra.get("file_type", ""),
                file_size=entry.extra.get("file_size"),
                **base,
            )
        )
    return shaped


def _entry_ids(hits):
    keys = {hit.key for hit in hits}
    if not keys:
        return []
    pages = [object_id for kind, object_id in keys if kind == "page"]
    documents = [object_id for kind, object_id in keys if kind == "document"]
    entries = IndexedItem.objects.filter(
        kind="page", object_id__in=pages
    ) | IndexedItem.objects.filter(kind="document", object_id__in=documents)
    return entries.values("id")


def _shape_promotion(promotion, query):
    page = promotion.page.specific
    type_key = getattr(page, "search_type", "") or "page"
    text = promotion.description or getattr(page, "search_description", "") or ""
    if not promotion.description and hasattr(page, "search_facts"):
        facts = page.search_facts()
        text = " ".join(part for part in (facts.summary, facts.body) if part)
    snippet, found, _ = make_snippet(text, query.groups)
    return Result(
        kind="page",
        id=page.pk,
        type=type_key,
        type_label=type_labels().get(type_key, "Page"),
        title=page.title,
        title_html=highlight(page.title, query.groups),
        url=page.get_url(),
        snippet=snippet,
        snippet_found=found,
        promoted=True,
        promotion_description=promotion.description,
    )


__all__ = ["FACET_NAMES", "Result", "SearchResults", "SORTS", "encode_state", "run_search"]
