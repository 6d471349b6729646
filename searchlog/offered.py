""" "What others search for", offered when a search finds nothing.

It is shown to everyone, so it must neither reveal one person's query nor be something anyone
can plant. It lists the searches comms suggest (SuggestedSearch) and then only queries that
found public results (something an anonymous visitor may see, worked out when the search is
logged) for at least SEARCH_SUGGESTION_MIN_VISITORS distinct visitors on one day.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from .models import SearchVisitorDay, SuggestedSearch
from .recording import KEEP_VISITOR_DAYS


def popular_searches(limit=5, days=KEEP_VISITOR_DAYS):
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
