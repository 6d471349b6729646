"""Controlled vocabularies shared by every content area. Comms edit them as snippets."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.validators import SHORT_TEXT_MAX_LENGTH, bounded_text


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True, **bounded_text(SHORT_TEXT_MAX_LENGTH))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Principle(TaxonomyTerm):
    """One of the ten principles of the CCIN Statement of Values and Principles."""

    number = models.PositiveSmallIntegerField(unique=True, help_text="Its number in the Statement.")

    panels = [FieldPanel("number"), *TaxonomyTerm.panels]

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class Theme(TaxonomyTerm):
    """A topic people browse by, such as housing or community wealth building."""


class Region(TaxonomyTerm):
    """A UK nation, or a region of England."""

    class Kind(models.TextChoices):
        NATION = "nation", "UK nation"
        ENGLISH_REGION = "english_region", "English region"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ENGLISH_REGION)

    panels = [*TaxonomyTerm.panels, FieldPanel("kind")]
