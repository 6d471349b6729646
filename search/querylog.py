"""Query logging: what people search for and what finds nothing. Only the words are kept."""

from datetime import timedelta

from django.db.models import F, Q, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import SearchQueryDay


def record_search(normalised, result_count):
    """Count one search for `normalised` today (and in Wagtail's own daily hits)."""
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


def popular_searches(limit=5, days=90):
    """Recent searches that found something, most searched first."""
    since = timezone.localdate() - timedelta(days=days)
    return list(
        query_totals(date_from=since)
        .filter(Q(total_searches__gt=F("total_zero")))
        .order_by("-total_searches", "query")
        .values_list("query", flat=True)[:limit]
    )
