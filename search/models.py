from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

from .text import tokenize


def split_terms(value):
    """The distinct terms of a comma-separated list, normalised to lower-case words."""
    terms = []
    for raw in (value or "").split(","):
        term = " ".join(tokenize(raw))
        if term and term not in terms:
            terms.append(term)
    return terms


class Synonym(models.Model):
    """Words or phrases that mean the same thing to people searching the hub."""

    terms = models.CharField(
        max_length=500,
        help_text=(
            "Two or more words or phrases that mean the same, separated by commas, for example "
            "'co-op, co-operative, cooperative, mutual'. A search for any one finds all of them."
        ),
    )
    note = models.CharField(
        max_length=255, blank=True, help_text="Why these belong together (for other editors)."
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        ordering = ["terms"]
        verbose_name = "search synonym"
        verbose_name_plural = "search synonyms"

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        super().clean()
        if len(self.term_list()) < 2:
            raise ValidationError(
                {"terms": "Enter at least two different words or phrases, separated by commas."}
            )


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
    changes every day (search.querylog.visitor_key): no address, session or user is kept, and
    one day's hashes cannot be matched with another's."""

    query = models.CharField(max_length=255)
    date = models.DateField(db_index=True)
    visitor = models.CharField(max_length=64)
    found_public = models.BooleanField(
        default=False, help_text="Whether the search found anything an anonymous visitor may see."
    )

    class Meta:
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
        ordering = ["sort_order", "query"]
        verbose_name = "suggested search"
        verbose_name_plural = "suggested searches"

    def __str__(self):
        return self.query


class IndexedItem(models.Model):
    """One live searchable page or document as search finds it: the facts its model declares
    (`core.search_facts`), written when it is published, changed or moved, and read by the
    configured engine. On the database engines the full-text index over title, summary and body
    is maintained by the database itself (migration 0006): an FTS5 table kept in step by
    triggers on SQLite, generated tsvector columns with GIN indexes on PostgreSQL."""

    kind = models.CharField(max_length=8)  # "page" or "document"
    object_id = models.PositiveIntegerField()
    type = models.CharField(max_length=20)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    date = models.DateTimeField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    path = models.CharField(max_length=255, blank=True)  # pages: where view restrictions apply
    collection_id = models.PositiveIntegerField(null=True)  # documents
    publishers = models.JSONField(default=list)  # documents: ids of the live pages using them
    extra = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_item_unique")
        ]
        indexes = [models.Index(fields=["path"], name="search_item_path")]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.title}"

    @property
    def key(self):
        return (self.kind, self.object_id)


class IndexedValue(models.Model):
    """A facet value an indexed item holds (its type, year, a theme, a member…), for exact
    filters and counts."""

    item = models.ForeignKey(IndexedItem, on_delete=models.CASCADE, related_name="values")
    facet = models.CharField(max_length=10)
    value = models.CharField(max_length=20)

    class Meta:
        # Covering: counting a facet over many items reads this index alone.
        indexes = [models.Index(fields=["facet", "value", "item"], name="search_value_facet")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class VocabularyWord(models.Model):
    """A word the hub uses (in what is indexed, the taxonomy or the synonyms), for spelling
    suggestions. Rebuilt by a background task after the index changes (search.spelling)."""

    word = models.CharField(max_length=64, primary_key=True)
    key = models.CharField(max_length=64, db_index=True)  # its stem key (search.text.canonical)
    initial = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=["initial", "length"], name="search_word_initial_length")]

    def __str__(self):
        return self.word
