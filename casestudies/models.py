from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.api_fields import TAXONOMY_API_FIELDS
from core.blocks import BaseStreamBlock
from core.models import (
    BasePage,
    Contact,
    FeedIndexPage,
    ListingMixin,
    PartnershipMixin,
    TaxonomyMixin,
    contacts_panel,
)
from core.page_cache import generation
from core.search_facts import Searchable, partnered_work_facts
from core.structured_data import article


class CaseStudyIndexPage(FeedIndexPage):
    is_creatable = True
    item_noun, item_noun_plural = "case study", "case studies"
    subpage_types = ["casestudies.CaseStudyPage"]

    class Meta:
        verbose_name = "case study index"

    def listing_source(self, request):
        from .selectors import case_study_listing_source

        return case_study_listing_source(self, request)


class CaseStudyPage(Searchable, ListingMixin, TaxonomyMixin, PartnershipMixin, BasePage):
    """A story of co-operative practice, told by the member that led it."""

    is_creatable = True
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="The year the story was published.",
        db_index=True,  # the listing's year filter, among thousands of stories
    )
    body = StreamField(BaseStreamBlock())

    content_panels = BasePage.content_panels + [
        *ListingMixin.listing_panels,
        PartnershipMixin.partnership_panel(
            "Who did this", lead_help_text="The member organisation that tells this story."
        ),
        FieldRowPanel([FieldPanel("year")]),
        FieldPanel("body"),
        *TaxonomyMixin.taxonomy_panels,
        contacts_panel(),
        InlinePanel("related_pages", label="Related content", max_num=6),
    ]
    search_fields = (
        BasePage.search_fields
        + ListingMixin.listing_search_fields
        + TaxonomyMixin.taxonomy_search_fields
        + PartnershipMixin.partnership_search_fields
        + [
            index.SearchField("body"),
            index.RelatedFields("contacts", [index.SearchField("role")]),
            index.FilterField("year"),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("year"),
        APIField("body"),
        *PartnershipMixin.partnership_api_fields,
        *TAXONOMY_API_FIELDS,
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    search_type, search_type_label, search_type_order = "case_study", "Case study", 1
    related_by_meaning = True
    search_select_related = ("lead_member",)
    search_prefetch_related = (
        "partner_members",
        "partner_organisations",
        "themes",
        "principles",
        "contacts",
    )

    def card_facts(self):
        """The short facts its card shows under the title."""
        lead = self.lead_title()
        return [lead, str(self.year)] if lead else [str(self.year)]

    def search_facts(self):
        return partnered_work_facts(self, self.body, year=self.year)

    class Meta:
        verbose_name = "case study"
        verbose_name_plural = "case studies"

    sharing_type = "article"

    def structured_data(self, page_url, image_url=None):
        return article(
            headline=self.title,
            description=self.sharing_description(),
            url=page_url,
            image_url=image_url,
            published=self.first_published_at,
            modified=self.last_published_at,
            author_name=self.lead_member.title if self.lead_member_id else None,
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import case_study_related

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"case_study_related:{self.pk}",
                request.user,
                lambda: case_study_related(self, request.user),
            )
        )
        return context


class CaseStudyRelatedPage(Orderable):
    case_study = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]


class CaseStudyContact(Contact):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="contacts")
