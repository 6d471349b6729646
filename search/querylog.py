"""Query logging: what people search for and what finds nothing. Only the words are kept.

"What others search for", offered when a search finds nothing, is shown to everyone, so it must
neither reveal one person's query nor be something anyone can plant. It lists the searches comms
suggest (SuggestedSearch) and then only queries that found public results (something an anonymous
visitor may see, worked out when the search is logged) for at least
SEARCH_SUGGESTION_MIN_VISITORS distinct visitors on one day. A visitor is a keyed hash of the
client's address (after the trusted proxies) with a salt that changes daily: a new session or
cookie is not a new visitor, and no address is stored.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail.contrib.search_promotions.models import Query

from core.network import client_ip

from .models import SearchQueryDay, SearchVisitorDay, SuggestedSearch

SUGGESTION_DAYS = 90


def visitor_key(request, date=None):
    """A hash that tells one day's visitors apart without keeping their addresses."""
    date = date or timezone.localdate()
    return salted_hmac(
        f"search.querylog.visitor:{date.isoformat()}", client_ip(request), algorithm="sha256"
    ).hexdigest()


def record_search(normalised, result_count, *, visitor=None, found_public=False):
    """Count one search for `normalised` today (and in Wagtail's own daily hits). `visitor`
    (visitor_key) and `found_public` (whether the search found anything an anonymous visitor
    may see) count it towards what others are offered."""
    if not normalised:
        return
    today = timezone.localdate()
    Query.get(normalised).add_hit(date=today)
    entry, _ = SearchQueryDay.objects.get_or_create(query=normalised, date=today)
    SearchQueryDay.objects.filter(pk=entry.pk).update(
        searches=F("searches") + 1,
        zero_result_searches=F("zero_result_searches") + (1 if result_count == 0 else 0),
        last_result_count=result_count,
    )
    if visitor:
        _record_visitor(normalised, today, visitor, found_public)


def _record_visitor(normalised, today, visitor, found_public):
    """One statement: add this visitor for the query today, or mark their row public."""
    visit = SearchVisitorDay(
        query=normalised, date=today, visitor=visitor, found_public=found_public
    )
    if found_public:
        SearchVisitorDay.objects.bulk_create(
            [visit],
            update_conflicts=True,
            unique_fields=["query", "date", "visitor"],
            update_fields=["found_public"],
        )
    else:
        SearchVisitorDay.objects.bulk_create([visit], ignore_conflicts=True)
    # Visitors are only kept for as long as they can count towards a suggestion; pruned once a
    # day by whichever process gets there first.
    if cache.add(f"search:visitors-pruned:{today.isoformat()}", True, timeout=24 * 60 * 60):
        SearchVisitorDay.objects.filter(date__lt=today - timedelta(days=SUGGESTION_DAYS)).delete()


def query_totals(date_from=None, date_to=None):
    """Per query: searches, zero-result searches and the latest result count, in a date range."""
    entries = SearchQueryDay.objects.all()
    if date_from:
        entries = entries.filter(date__gte=date_from)
    if date_to:
        entries = entries.filter(date__lte=date_to)
    return entries.values("query").annotate(
        total_searches=Sum("searches"), total_zero=Sum("zero_result_searches")
    )


def popular_searches(limit=5, days=SUGGESTION_DAYS):
    """Recent queries that found public results for enough distinct visitors on one day, the
    most visitors first."""
    since = timezone.localdate() - timedelta(days=days)
    minimum = max(1, settings.SEARCH_SUGGESTION_MIN_VISITORS)
    public = SearchVisitorDay.objects.filter(date__gte=since, found_public=True)
    qualifying = (
        public.values("query", "date")
        .annotate(visitors=Count("visitor"))
        .filter(visitors__gte=minimum)
        .values("query")
    )
    return list(
        public.filter(query__in=qualifying)
        .values("query")
        .annotate(visitors=Count("visitor"))
        .order_by("-visitors", "query")
        .values_list("query", flat=True)[:limit]
    )


def suggested_searches(exclude="", limit=5):
    """What a visitor whose search found nothing is offered: comms' suggestions, then popular
    public searches, without `exclude` (their own query) and without repeats."""
    curated = list(SuggestedSearch.objects.values_list("query", flat=True)[:limit])
    offered = []
    for query in [*curated, *popular_searches(limit=limit)]:
        if query != exclude and query not in offered:
            offered.append(query)
    return offered[:limit]
