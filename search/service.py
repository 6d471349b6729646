"""The search service: one road for every face that asks (HTML page, JSON API, benchmarks).
The hits are shaped from the live objects they name, checked again, so a stale index entry can
never show what is gone or private."""

import dataclasses
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Page, Paginator
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion

from core.listing import pagination
from core.page_cache import generation
from core.privacy import Visibility
from core.sites import site_name
from members.models import MemberPage
from searchindex import version as index_version
from searchlog.offered import suggested_searches
from searchlog.tasks import log_search
from semantic import hybrid

from .engines import EngineRequest, Hidden, get_engine
from .facets import TAXONOMY_NAME, members_to_offer, offer_facets, parse_filters
from .params import SORTS, bounded_int, encode_state, first, toggling
from .query import clean_query, expand
from .results import shape_promotion, shape_results
from .spelling import correct
from .synonyms import CACHE_KEY as SYNONYMS_KEY
from .synonyms import synonym_groups

PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
MAX_PAGE_NUMBER = 1000


@dataclass
class SearchResults:
    query: object  # query.CleanQuery
    sort: str
    page_size: int
    filters: list
    messages: list
    state: dict  # what params.encode_state writes back
    page: Page = None  # the page shown, of a Paginator over the total
    total: int = 0
    results: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    suggestion: str | None = None  # a corrected query, when a word looks misspelt
    suggestion_params: str = ""
    popular: list = field(default_factory=list)  # offered when nothing was found

    def __post_init__(self):
        self.paginate(1)

    def paginate(self, number):
        """Show page `number`, or the last page when there are not that many."""
        self.page = Paginator(range(self.total), self.page_size).get_page(number)
        self.pagination = pagination(self.page, encode_state(self.state))

    @property
    def without_filters_params(self):
        return encode_state(self.state, filters=[], page=1)


def run_search(params, user=None, *, log=True, page_size=None, visitor=None, request=None):
    """Search the hub for the URL parameters `params` (a QueryDict or dict). `visitor`
    (searchlog.recording.visitor_key) lets the logged search count towards what others see;
    the `request`, when there is one, addresses the results."""
    query = clean_query(first(params, "q"))
    similar_to = bounded_int(first(params, "similar_to"), None, 1, 2**31 - 1)
    sort = first(params, "sort", "relevance")
    sort = sort if sort in SORTS else "relevance"
    page_size = page_size or bounded_int(first(params, "page_size"), PAGE_SIZE, 1, MAX_PAGE_SIZE)
    requested_page = bounded_int(first(params, "page"), 1, 1, MAX_PAGE_NUMBER)
    visibility = Visibility(user)
    engine = get_engine()
    if query or similar_to:
        _read_ahead(engine, visibility, request)
    members = visibility.pages(MemberPage.objects.all())
    filters = parse_filters(params, members)
    state = {
        "q": query.text,
        "similar_to": similar_to,
        "sort": sort,
        "filters": [(f.facet, f.value) for f in filters],
    }
    shortened = (
        f"Your search was long, so we searched for its first {len(query.text)} characters "
        f"and at most {len(query.terms)} words."
    )
    messages = [shortened] if query.shortened else []
    results = SearchResults(query, sort, page_size, filters, messages, state)
    if not query and not similar_to:
        return results

    expand(query, synonym_groups())
    suggestion = correct(query, engine)
    if similar_to:
        meaning = hybrid.for_similar_page(similar_to, visibility, engine)
        log = False
    else:  # by what was meant: a misspelt word's correction
        meaning = hybrid.for_query(suggestion or query.text, engine)
    promotions = []
    if query and not filters:
        keys = {query.normalised, " ".join(query.text.lower().split())[:255]}
        promoted = SearchPromotion.objects.filter(query__query_string__in=keys)
        # Which of them this visitor may see is decided once the engine has read the
        # restricted paths afresh (below).
        promotions = list(
            promoted.filter(page__live=True).select_related("page").order_by("sort_order", "pk")
        )
    asked = EngineRequest(
        groups=query.groups,
        **meaning.request_fields(),
        hidden=Hidden.from_visibility(visibility),
        filters=[(f.facet, str(f.key)) for f in filters],
        exclude=frozenset(("page", p.page_id) for p in promotions) | meaning.exclude,
        sort=sort,
        offset=(requested_page - 1) * page_size,
        limit=page_size,
    )
    answer = engine.search(asked)
    promotions = [p for p in promotions if visibility.sees_page(p.page)]
    results.total = answer.total
    results.paginate(requested_page)
    if results.page.number != requested_page:  # past the last page: show the last one
        asked.offset = (results.page.number - 1) * page_size
        answer = engine.search(asked)
    meaning.attach_passages(answer.hits)
    results.results, named = shape_results(
        answer.hits, query, visibility, members_to_offer(answer.facets, filters), request
    )
    results.facets = offer_facets(answer.facets, filters, toggling(state), named)
    if results.page.number == 1:
        results.promotions = [shape_promotion(p, query, request) for p in promotions]
    if suggestion and suggestion != " ".join(query.words):
        results.suggestion = suggestion
        results.suggestion_params = encode_state(state, q=suggestion, page=1)
    if not results.total and not results.promotions:
        results.popular = suggested_searches(exclude=query.normalised)
    if log and requested_page == 1 and query.normalised:
        log_search.enqueue(
            query.normalised,
            results.total + len(results.promotions),
            visitor=visitor,
            found_public=_found_public(engine, asked, answer, user),
            date=timezone.localdate().isoformat(),
        )
    return results


def _read_ahead(engine, visibility, request):
    """Read what a search finds kept in the shared caches in a round trip for each cache
    (after reading the content generation's token and the index's version), rather than one
    for each fact: what is kept for this visitor, the taxonomy, the site, the engine's own
    facts and the synonyms."""
    for_generation, for_index = engine.kept_names()
    names = [*visibility.kept_names, TAXONOMY_NAME, *for_generation]
    if request is not None and (site := site_name(request)):
        names.append(site)
    generation.prefetch(names)
    index_version.prefetch(for_index, also=[SYNONYMS_KEY])


def _found_public(engine, asked, answer, user):
    """Whether the query matched anything an anonymous visitor may see (whatever the filters)."""
    if user is None or not user.is_authenticated:
        return answer.matched > 0
    anonymous = dataclasses.replace(
        asked, hidden=Hidden.from_visibility(Visibility(AnonymousUser())), filters=[], limit=0
    )
    return engine.search(anonymous).matched > 0
