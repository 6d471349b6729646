from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.api_fields import TAXONOMY_API_FIELDS
from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import (
    BasePage,
    DocumentAttachment,
    FeedIndexPage,
    ListingMixin,
    TaxonomyMixin,
)
from core.page_cache import generation
from core.search_facts import Searchable, SearchFacts, ids, plain_text
from core.validators import bounded_rich_text
from core.widgets import CheckboxList

from .blocks import ToolkitStepsBlock


class ToolkitIndexPage(FeedIndexPage):
    is_creatable = True
    item_noun, item_noun_plural = "toolkit", "toolkits"
    subpage_types = ["toolkits.ToolkitPage"]

    class Meta:
        verbose_name = "toolkit index"

    def listing_source(self, request):
        from .selectors import toolkit_listing_source

        return toolkit_listing_source(self, request)


class ToolkitPage(Searchable, ListingMixin, TaxonomyMixin, BasePage):
    """A practical method that members can pick up and use."""

    is_creatable = True
    audience = models.CharField(
        max_length=255,
        help_text="Who the toolkit is for, for example 'Officers leading engagement'.",
    )
    introduction = RichTextField(blank=True, features=RICH_TEXT_FEATURES, **bounded_rich_text())
    steps = StreamField(ToolkitStepsBlock(), help_text="The method, one step at a time, in order.")
    body = StreamField(
        BaseStreamBlock(), blank=True, help_text="Anything else: background, examples, quotes."
    )
    originating_lab = models.ForeignKey(
        "labs.PolicyLabPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="toolkits",
        verbose_name="the lab it came from",
    )
    related_case_studies = ParentalManyToManyField(
        "casestudies.CaseStudyPage", blank=True, related_name="toolkits"
    )

    content_panels = BasePage.content_panels + [
        *ListingMixin.listing_panels,
        FieldPanel("audience"),
        FieldPanel("introduction"),
        FieldPanel("steps"),
        InlinePanel("resources", label="Downloadable resources"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("originating_lab"),
                FieldPanel("related_case_studies", widget=CheckboxList),
            ],
            heading="Where it came from",
        ),
        *TaxonomyMixin.taxonomy_panels,
    ]
    search_fields = (
        BasePage.search_fields
        + ListingMixin.listing_search_fields
        + TaxonomyMixin.taxonomy_search_fields
        + [
            index.SearchField("audience"),
            index.SearchField("introduction"),
            index.SearchField("steps"),
            index.SearchField("body"),
            index.RelatedFields("originating_lab", [index.SearchField("title")]),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("audience"),
        APIField("introduction"),
        APIField("steps"),
        APIField("originating_lab"),
        *TAXONOMY_API_FIELDS,
    ]

    parent_page_types = ["toolkits.ToolkitIndexPage"]
    subpage_types = []

    search_type, search_type_label, search_type_order = "toolkit", "Toolkit", 2
    related_by_meaning = True
    search_select_related = ("originating_lab__lead_member",)
    search_prefetch_related = ("themes", "principles")

    def card_facts(self):
        """The short facts its card shows under the title."""
        facts = [f"Audience: {self.audience}"] if self.audience else []
        if self.originating_lab_id:
            facts.append(f"From {self.originating_lab.title}")
        return facts

    def search_facts(self):
        lab = self.originating_lab
        lead = lab.lead_member if lab else None
        published = self.first_published_at
        return SearchFacts(
            title=self.title,
            summary=plain_text(self.summary),
            body=plain_text(
                self.audience,
                self.introduction,
                self.steps,
                self.body,
                lab.title if lab else "",
                self.taxonomy_names(),
            ),
            date=published,
            year=published.year if published else None,
            themes=ids(self.themes),
            principles=ids(self.principles),
            members=(lead.pk,) if lead else (),
            regions=(lead.region_id,) if lead and lead.region_id else (),
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import toolkit_related

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"toolkit_related:{self.pk}",
                request.user,
                lambda: toolkit_related(self, request.user),
            )
        )
        return context


class ToolkitResource(DocumentAttachment):
    toolkit = ParentalKey(ToolkitPage, on_delete=models.CASCADE, related_name="resources")
