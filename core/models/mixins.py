"""Field groups that several page types share. Pages combine them; nothing is declared twice."""

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable
from wagtail.search import index

from ..validators import SUMMARY_MAX_LENGTH, bounded_text
from ..widgets import CheckboxList


class ListingMixin(models.Model):
    """What a page shows of itself in listings, cards and search results."""

    summary = models.TextField(
        help_text="One or two sentences shown in listings and search results.",
        **bounded_text(SUMMARY_MAX_LENGTH),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on cards in listings. Its description is used as alt text.",
    )

    listing_panels = [FieldPanel("summary"), FieldPanel("listing_image")]
    listing_search_fields = [index.SearchField("summary", boost=3)]

    class Meta:
        abstract = True

    def own_description(self):
        return self.summary

    def sharing_image(self):
        return self.listing_image


class TaxonomyMixin(models.Model):
    """Themes and principles, the two vocabularies every story, toolkit and lab is tagged with."""

    themes = ParentalManyToManyField("core.Theme", blank=True, related_name="%(class)s_pages")
    principles = ParentalManyToManyField(
        "core.Principle",
        blank=True,
        related_name="%(class)s_pages",
        help_text="The CCIN principles this work puts into practice.",
    )

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=CheckboxList),
                FieldPanel("principles", widget=CheckboxList),
            ],
            heading="Themes and principles",
        )
    ]

    taxonomy_search_fields = [
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("principles", [index.SearchField("name")]),
        index.FilterField("themes"),
        index.FilterField("principles"),
    ]

    class Meta:
        abstract = True

    def taxonomy_names(self):
        """The theme and principle names, as words search finds the page by."""
        return " ".join(obj.name for obj in [*self.themes.all(), *self.principles.all()])


class DocumentAttachment(Orderable):
    """A document attached to a page in order, such as a toolkit resource or a lab output."""

    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.CASCADE, related_name="+"
    )
    description = models.CharField(
        max_length=255, blank=True, help_text="What the document is, in a few words."
    )

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        abstract = True
