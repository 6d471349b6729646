"""What people search for, counted without keeping who searched, and comms' suggested searches.

The tables keep the names they had in the search app (db_table), where they began."""

from django.db import models
from wagtail.admin.panels import FieldPanel


class SearchQueryDay(models.Model):
    """How often a normalised query was searched on one day, and how often it found nothing.

    Only the words searched for are kept: no user, address or session.
    """

    query = models.CharField(max_length=255)
    date = models.DateField(db_index=True)
    searches = models.PositiveIntegerField(default=0)
    zero_result_searches = models.PositiveIntegerField(default=0)
    last_result_count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "search_searchqueryday"
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="search_query_day_unique")
        ]
        ordering = ["-date", "query"]
        verbose_name = "search query log entry"
        verbose_name_plural = "search query log"

    def __str__(self):
        return f"{self.query} ({self.date})"


class SearchVisitorDay(models.Model):
    """One visitor's searches for a query on one day, so "what others search for" can count
    distinct visitors. The visitor is a keyed hash of the client's address with a salt that
    changes every day (searchlog.recording.visitor_key): no address, session or user is kept,
    and one day's hashes cannot be matched with another's."""

    query = models.CharField(max_length=255)
    date = models.DateField(db_index=True)
    visitor = models.CharField(max_length=64)
    found_public = models.BooleanField(
        default=False, help_text="Whether the search found anything an anonymous visitor may see."
    )

    class Meta:
        db_table = "search_searchvisitorday"
        constraints = [
            models.UniqueConstraint(
                fields=["query", "date", "visitor"], name="search_visitor_day_unique"
            )
        ]
        verbose_name = "search visitor"
        verbose_name_plural = "search visitors"

    def __str__(self):
        return f"{self.query} ({self.date})"


class SuggestedSearch(models.Model):
    """A search comms suggest on the zero-results page, before what others search for."""

    query = models.CharField(
        max_length=100,
        unique=True,
        help_text="What to search for, as a visitor would type it, e.g. 'community energy'.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")

    panels = [FieldPanel("query"), FieldPanel("sort_order")]

    class Meta:
        db_table = "search_suggestedsearch"
        ordering = ["sort_order", "query"]
        verbose_name = "suggested search"
        verbose_name_plural = "suggested searches"

    def __str__(self):
        return self.query
