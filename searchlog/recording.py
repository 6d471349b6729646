"""Counting searches: what people search for and what finds nothing. Only the words are kept.

A visitor, counted towards what others are offered (searchlog.offered), is a keyed hash of the
client's address (after the trusted proxies) with a salt that changes daily: a new session or
cookie is not a new visitor, and no address is stored.
"""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail.contrib.search_promotions.models import Query

from core.network import client_ip

from .models import SearchQueryDay, SearchVisitorDay

KEEP_VISITOR_DAYS = 90  # as long as a visitor can count towards a suggestion


def visitor_key(request, date=None):
    """A hash that tells one day's visitors apart without keeping their addresses."""
    date = date or timezone.localdate()
    # The salt's name is older than this module: changing it would split today's visitors.
    return salted_hmac(
        f"search.querylog.visitor:{date.isoformat()}", client_ip(request), algorithm="sha256"
    ).hexdigest()


def record_search(normalised, result_count, *, visitor=None, found_public=False, day=None):
    """Count one search for `normalised` on `day` (today by default; and in Wagtail's own daily
    hits). `visitor` (visitor_key) and `found_public` (whether the search found anything an
    anonymous visitor may see) count it towards what others are offered."""
    if not normalised:
        return
    today = day or timezone.localdate()
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
    # Pruned once a day by whichever process gets there first.
    if cache.add(f"search:visitors-pruned:{today.isoformat()}", True, timeout=24 * 60 * 60):
        cutoff = today - timedelta(days=KEEP_VISITOR_DAYS)
        SearchVisitorDay.objects.filter(date__lt=cutoff).delete()
