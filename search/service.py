"""The search service: one road for every face that asks (HTML page, JSON API, benchmarks).

    run_search(params, user) -> SearchResults

clean and bound the query → expand it (variants, synonyms, spelling corrections) → ask the
configured backend which items match each term group → keep those this user may see, with their
facts from the catalogue → rank in Python → filters and facets over every match → promotions →
the current page of results with snippets. Privacy is applied here.
"""

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search import index

from core.privacy import Visibility
from members.models import MemberPage

from . import querylog
from .catalogue import get_catalogue
from .facets import FACET_NAMES, count_facets, load_taxonomy_labels, parse_filters
from .matches import Matches, member_labels
from .query import clean_query, expand
from .snippets import highlight, make_snippet
from .sources import TYPE_LABELS, source_for_content_type_ids
from .spelling import correction
from .synonyms import synonym_groups
from .text import strip_html, variants

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
    ranked: list = field(default_factory=list)  # catalogue numbers of every match, in order
    item_for: object = None  # catalogue number -> Item

    @property
    def items(self):
        """Every matching Item, in order (for evaluation; pages show only `results`)."""
        return [self.item_for(number) for number in self.ranked]

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


def _correct_groups(query):
    """Add spelling corrections to groups whose word the hub does not know."""
    corrected_words = {}
    groups = []
    for group in query.groups:
        if " " not in group.label and not group.phrases:
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
    suggestion = _correct_groups(query)
    catalogue = get_catalogue()
    matches = Matches(query, visibility, catalogue)

    promotions = _promotions(query, visibility.pages()) if not filters else []
    promoted = {catalogue.by_key.get(("page", p.page_id)) for p in promotions}
    narrowed = matches.narrow(filters, excluded=promoted)
    ordered = matches.ordered(narrowed, sort)

    results.ranked = ordered
    results.item_for = matches.item
    results.total = len(ordered)
    results.page = min(requested_page, results.num_pages)
    results.facets = count_facets(
        matches.facet_counts(narrowed),
        filters,
        _toggle_function(state),
        member_labels(catalogue, visibility),
        catalogue.derived("taxonomy labels", load_taxonomy_labels),
    )
    start = (results.page - 1) * page_size
    shown = ordered[start : start + page_size]
    results.results = shape_results(
        [matches.item(number) for number in shown],
        [matches.scores[number] for number in shown],
        query,
        members,
    )
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
            found_public=_found_public(matches, catalogue, user, visibility),
        )
    return results


def _found_public(matches, catalogue, user, visibility):
    """Whether the query matched anything an anonymous visitor may see (whatever the filters)."""
    if user is not None and user.is_authenticated:
        visibility = Visibility(None)
    return bool(matches.numbers - catalogue.hidden_from(visibility))


def page_text(page):
    """A page's searchable text (summary and body), as plain text, for snippets."""
    parts = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            parts.append(_flatten(search_field.get_value(page)))
    return " ".join(part for part in parts if part)


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(v) for v in value)
    return strip_html(value)


def _document_text(document):
    return getattr(document, "search_text", "") or ""


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


def shape_results(items, scores, query, visible_members):
    """Result objects for the items on the current page: urls, snippets, members."""
    scores = dict(zip((item.key for item in items), scores, strict=True))
    page_ids = {item.pk for item in items if item.kind == "page"}
    publisher_ids = {p for item in items if item.kind == "document" for p in item.publishers}
    # The pages shown need their text for snippets; publishers only need a title and address.
    specific = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    specific |= {
        page.pk: page
        for page in Page.objects.filter(pk__in=publisher_ids - page_ids).only(*ADDRESS_FIELDS)
    }
    document_ids = [item.pk for item in items if item.kind == "document"]
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    member_ids = {m for item in items for m in item.members}
    members = (
        {
            member.pk: {"title": member.title, "url": member.get_url()}
            for member in visible_members.filter(pk__in=member_ids).only(*ADDRESS_FIELDS)
        }
        if member_ids
        else {}
    )
    shaped = []
    for item in items:
        base = {
            "kind": item.kind,
            "id": item.pk,
            "type": item.type,
            "type_label": TYPE_LABELS[item.type],
            "title": item.title,
            "title_html": highlight(item.title, query.groups),
            "year": item.year,
            "date": item.date,
            "members": [members[m] for m in sorted(item.members) if m in members],
            "score": round(scores[item.key], 4),
        }
        if item.kind == "page":
            page = specific.get(item.pk)
            if page is None:
                continue
            snippet, found, _ = make_snippet(page_text(page), query.groups)
            shaped.append(Result(url=page.get_url(), snippet=snippet, snippet_found=found, **base))
        else:
            document = documents.get(item.pk)
            if document is None:
                continue
            snippet, found, offset = make_snippet(_document_text(document), query.groups)
            pdf_page = _document_pdf_page(document, query, offset) if found else None
            published_on = [
                {"title": specific[p].title, "url": specific[p].get_url()}
                for p in item.publishers
                if p in specific
            ]
            url = published_on[0]["url"] if published_on else document.url
            shaped.append(
                Result(
                    url=url,
                    snippet=snippet,
                    snippet_found=found,
                    pdf_page=pdf_page,
                    document_url=document.url + (f"#page={pdf_page}" if pdf_page else ""),
                    published_on=published_on,
                    **base,
                )
            )
    return shaped


def _shape_promotion(promotion, query):
    page = promotion.page.specific
    source = source_for_content_type_ids().get(page.content_type_id)
    type_key = source.key if source else "page"
    snippet, found, _ = make_snippet(promotion.description or page_text(page), query.groups)
    return Result(
        kind="page",
        id=page.pk,
        type=type_key,
        type_label=TYPE_LABELS.get(type_key, "Page"),
        title=page.title,
        title_html=highlight(page.title, query.groups),
        url=page.get_url(),
        snippet=snippet,
        snippet_found=found,
        promoted=True,
        promotion_description=promotion.description,
    )


__all__ = ["FACET_NAMES", "Result", "SearchResults", "SORTS", "encode_state", "run_search"]
