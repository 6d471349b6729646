"""The hub's search index: one row per live searchable page or document, and its facet values.

The tables keep the names they had in the search app (db_table), where they began; the
database's full-text index over them is made by the search app's migrations 0006 and 0007."""

from django.db import models


class IndexedItemQuerySet(models.QuerySet):
    def for_keys(self, keys):
        """The entries of these (kind, object id) pairs."""
        wanted = models.Q(pk__in=[])
        for kind in {kind for kind, _ in keys}:
            wanted |= models.Q(kind=kind, object_id__in=[pk for k, pk in keys if k == kind])
        return self.filter(wanted)


class IndexedItem(models.Model):
    """One live searchable page or document as search finds it: the facts its model declares
    (`core.search_facts`), written when it is published, changed or moved, and read by the
    configured engine. On the database engines the full-text index over title, summary and body
    is maintained by the database itself (migrations search/0006 and 0007): an FTS5 table kept
    in step by triggers on SQLite, generated tsvector columns with GIN indexes on PostgreSQL."""

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

    objects = IndexedItemQuerySet.as_manager()

    class Meta:
        db_table = "search_indexeditem"
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
        db_table = "search_indexedvalue"
        # Both covering: counting a facet over many items reads the first alone; an item's
        # values (the members a result names) are read from the second.
        indexes = [
            models.Index(fields=["facet", "value", "item"], name="search_value_facet"),
            models.Index(fields=["item", "facet", "value"], name="search_value_item"),
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"
