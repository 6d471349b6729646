import uuid

from django.db import models

from .dimensions import DIMENSIONS


class Passage(models.Model):
    """A few sentences of a live page or a document, with their meaning as a vector."""

    kind = models.CharField(max_length=16)  # "page" or "document", as in the search index
    object_id = models.PositiveIntegerField()
    position = models.PositiveIntegerField()
    text = models.TextField()
    pdf_page = models.PositiveIntegerField(null=True, blank=True)
    # What was embedded (title and text) as a hash: an unchanged passage keeps its vector.
    digest = models.CharField(max_length=64)
    vector = models.BinaryField()  # DIMENSIONS little-endian float32, unit length

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "position"], name="semantic_passage_place"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id} #{self.position}"

    @property
    def key(self):
        return (self.kind, self.object_id)

    @staticmethod
    def pack(vector):
        import numpy as np  # here, not at boot: most workers never read a vector

        return np.asarray(vector, dtype="<f4").tobytes()

    @staticmethod
    def unpack(value):
        import numpy as np

        return np.frombuffer(bytes(value), dtype="<f4", count=DIMENSIONS)


class PassageGeneration(models.Model):
    """One row whose token changes when the passages are replaced wholesale (a restored backup
    brings back older ids): every process then reads its matrix again from scratch."""

    token = models.UUIDField(default=uuid.uuid4)

    def __str__(self):
        return str(self.token)

    @classmethod
    def renew(cls):
        cls.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4()})


class SimilarPage(models.Model):
    """One of the pages most like `page` by meaning, worked out in the task queue when passages
    are embedded (semantic/similar_pages.py), so a page lists its related content in one query."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    similar = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="similar_to"
    )
    rank = models.PositiveSmallIntegerField()  # 0 for the most alike
    score = models.FloatField()  # cosine similarity of the two pages' mean vectors

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "rank"], name="semantic_similar_page_rank")
        ]

    def __str__(self):
        return f"{self.page_id} ~ {self.similar_id} #{self.rank}"
