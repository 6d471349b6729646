"""The search service: one road for every face that asks (HTML page, JSON API, benchmarks).

    run_search(params, user) -> SearchResults

clean and bound the query → expand it (variants, synonyms, spelling corrections) → ask the
configured engine once for the page of ranked hits, the exact total and the facet counts, with
what this person may not see left out (`core.privacy`) → shape the hits from the live objects
they name, checked again, so a stale index entry can never show what is gone or private.
"""

import dataclasses
import heapq
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from wagtail.contrib.search_promotions.models import SearchPromotion

from core.privacy import Visibility
from members.models import MemberPage
from searchlog.offered import suggested_searches
from searchlog.recording import record_search
from semantic import hybrid as by_meaning

from .engines import EngineRequest, Hidden, get_engine
from .facets import MAX_OPTIONS, count_facets, load_taxonomy_labels, parse_filters
from .query import clean_query, expand
from .results import shape_promotion, shape_results
from .spelling import correction, unknown_words
from .synonyms import synonym_groups
from .text import variants, word_parts

PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
MAX_PAGE_NUMBER = 1000
SORTS = {"relevance": "Relevance", "newest": "Newest first"}


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
    """A query string for `state` (q or similar_to, sort, filters) with `changes` applied."""
    merged = {**state, **changes}
    pairs = [("q", merged.get("q", ""))]
    if merged.get("similar_to"):
        pairs = [("similar_to", merged["similar_to"])]
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


def _correct_groups(query, engine):
    """Add spelling corrections to the groups of words the hub's vocabulary does not know and
    nothing in the index contains: a word found in the hub's text is never "corrected" (so
    "shops" stays "shops"). The corrected query, or None."""
    corrected_words = {}
    groups = []
    single = [g.label for g in query.groups if " " not in g.label and not g.phrases]
    words = {label: word_parts(label) for label in single}
    unknown = unknown_words({part for parts in words.values() for part in parts})
    for group in query.groups:
        fixed = None
        if unknown.intersection(words.get(group.label, ())) and not engine.count_matches(group):
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
    (searchlog.recording.visitor_key) lets the logged search count towards what others are
    offered."""
    query = clean_query(_first(params, "q"))
    similar_to = _bounded_int(_first(params, "similar_to"), None, 1, 2**31 - 1)
    sort = _first(params, "sort", "relevance")
    sort = sort if sort in SORTS else "relevance"
    page_size = page_size or _bounded_int(_first(params, "page_size"), PAGE_SIZE, 1, MAX_PAGE_SIZE)
    requested_page = _bounded_int(_first(params, "page"), 1, 1, MAX_PAGE_NUMBER)
    visibility = Visibility(user)
    members = visibility.pages(MemberPage.objects.all())
    filters = parse_filters(params, members)
    state = {
        "q": query.text,
        "similar_to": similar_to,
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
    if not query and not similar_to:
        return results

    expand(query, synonym_groups())
    engine = get_engine()
    suggestion = _correct_groups(query, engine)
    if similar_to:
        meaning = by_meaning.for_similar_page(similar_to, visibility, engine)
        log = False
    else:  # by what was meant: a misspelt word's correction
        meaning = by_meaning.for_query(suggestion or query.text, engine)
    promotions = _promotions(query, visibility.pages()) if query and not filters else []
    request = EngineRequest(
        groups=query.groups,
        **meaning.request_fields(),
        hidden=Hidden.from_visibility(visibility),
        filters=[(f.facet, str(f.key)) for f in filters],
        exclude=frozenset(("page", p.page_id) for p in promotions) | meaning.exclude,
        sort=sort,
        offset=(requested_page - 1) * page_size,
        limit=page_size,
    )
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
        _member_labels(answer.facets, members, filters),
        load_taxonomy_labels(),
    )
    _count_other_members(results.facets, answer.facets)
    meaning.attach_passages(answer.hits)
    results.results = shape_results(answer.hits, query, members, visibility)
    if results.page == 1:
        results.promotions = [shape_promotion(p, query) for p in promotions]
    if suggestion and suggestion != " ".join(query.words):
        results.suggestion = suggestion
        results.suggestion_params = encode_state(state, q=suggestion, page=1)
    if not results.total and not results.promotions:
        results.popular = suggested_searches(exclude=query.normalised)
    if log and requested_page == 1:
        record_search(
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


def _member_labels(counts, visible_members, filters):
    """{member page id: (slug, title)} for the members that may be offered (the most frequent,
    with room for some this person may not see, and those chosen) that this person may see.
    A common word holds a thousand members; only these few are read."""
    counted = [(count, value) for (facet, value), count in counts.items() if facet == "member"]
    ids = {int(value) for _, value in heapq.nlargest(3 * MAX_OPTIONS, counted) if value.isdigit()}
    ids |= {f.key for f in filters if f.facet == "member"}
    if not ids:
        return {}
    rows = visible_members.filter(pk__in=sorted(ids)).values_list("pk", "slug", "title")
    return {pk: (slug, title) for pk, slug, title in rows}


def _count_other_members(facets, counts):
    """ "And N more" for members counts every member held, not only those read."""
    held = sum(1 for facet, _ in counts if facet == "member")
    for facet in facets:
        if facet.name == "member":
            facet.more = max(facet.more, held - len(facet.options))


def _found_public(engine, request, answer, user):
    """Whether the query matched anything an anonymous visitor may see (whatever the filters)."""
    if user is None or not user.is_authenticated:
        return answer.matched > 0
    anonymous = dataclasses.replace(
        request, hidden=Hidden.from_visibility(Visibility(AnonymousUser())), filters=[], limit=0
    )
    return engine.search(anonymous).matched > 0


__all__ = ["SORTS", "SearchResults", "encode_state", "run_search"]
