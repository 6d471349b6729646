from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

from .text import tokenize


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
        terms = (" ".join(tokenize(raw)) for raw in (self.terms or "").split(","))
        return list(dict.fromkeys(term for term in terms if term))

    def clean(self):
        super().clean()
        if len(self.term_list()) < 2:
            raise ValidationError(
                {"terms": "Enter at least two different words or phrases, separated by commas."}
            )


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
