from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.search import index

from core.api_fields import TAXONOMY_API_FIELDS
from core.blocks import RICH_TEXT_FEATURES
from core.models import (
    BasePage,
    Contact,
    DocumentAttachment,
    FeedIndexPage,
    ListingMixin,
    PartnershipMixin,
    TaxonomyMixin,
    contacts_panel,
)
from core.page_cache import generation
from core.search_facts import Searchable, partnered_work_facts
from core.validators import MaxWordsValidator, bounded_rich_text

from .choices import LabKind, LabStatus
from .forms import PolicyLabPageForm

SUMMARY_WORD_LIMIT = 150


class PolicyLabIndexPage(FeedIndexPage):
    is_creatable = True
    item_noun, item_noun_plural = "policy lab", "policy labs"
    subpage_types = ["labs.PolicyLabPage"]

    class Meta:
        verbose_name = "policy lab index"

    def listing_source(self, request):
        from .selectors import lab_listing_source

        return lab_listing_source(self, request)


class PolicyLabPage(Searchable, ListingMixin, TaxonomyMixin, PartnershipMixin, BasePage):
    """A funded policy lab or prototype: who ran it, what it cost, what it found."""

    is_creatable = True
    base_form_class = PolicyLabPageForm
    kind = models.CharField(max_length=20, choices=LabKind.choices, default=LabKind.POLICY_LAB)
    round_year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2012), MaxValueValidator(2100)],
        verbose_name="funding round",
        help_text="The year the funding round opened, for example 2018 for the 2018/19 round.",
    )
    amount_awarded = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        verbose_name="amount awarded (£)",
    )
    status = models.CharField(max_length=20, choices=LabStatus.choices, default=LabStatus.FUNDED)
    aims_and_outcomes = RichTextField(features=RICH_TEXT_FEATURES, **bounded_rich_text())
    cooperative_difference = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        verbose_name="the co-operative difference",
        help_text="What working co-operatively changed, as the final report shows it.",
        **bounded_rich_text(),
    )
    final_report = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set by labs.access.provision_lab_access; kept out of forms, revisions and copies.
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The collection this lab's leads upload into.",
    )
    lead_group = models.ForeignKey(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The group whose members lead this lab.",
    )

    content_panels = BasePage.content_panels + [
        *ListingMixin.listing_panels,
        PartnershipMixin.partnership_panel(
            "Who runs the lab", lead_help_text="The member council that leads the lab."
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("round_year")]),
                FieldRowPanel([FieldPanel("amount_awarded"), FieldPanel("status")]),
            ],
            heading="Funding",
        ),
        FieldPanel("aims_and_outcomes"),
        FieldPanel("cooperative_difference"),
        MultiFieldPanel(
            [FieldPanel("final_report"), InlinePanel("outputs", label="Other outputs")],
            heading="Reports and outputs",
        ),
        *TaxonomyMixin.taxonomy_panels,
        contacts_panel(),
    ]
    search_fields = (
        BasePage.search_fields
        + ListingMixin.listing_search_fields
        + TaxonomyMixin.taxonomy_search_fields
        + PartnershipMixin.partnership_search_fields
        + [
            index.SearchField("aims_and_outcomes"),
            index.SearchField("cooperative_difference"),
            index.FilterField("status"),
            index.FilterField("round_year"),
            index.FilterField("kind"),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("kind"),
        APIField("round_year"),
        APIField("amount_awarded"),
        APIField("status"),
        APIField("aims_and_outcomes"),
        APIField("cooperative_difference"),
        APIField("final_report"),
        *PartnershipMixin.partnership_api_fields,
        *TAXONOMY_API_FIELDS,
    ]

    parent_page_types = ["labs.PolicyLabIndexPage"]
    subpage_types = []
    exclude_fields_in_copy = ["collection", "lead_group"]

    search_type, search_type_label, search_type_order = "lab", "Policy lab", 3
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
        facts = [f"{self.get_kind_display()}, {self.round_label}", self.get_status_display()]
        if self.lead_member_id:
            facts.append(f"Led by {self.lead_title()}")
        return facts

    def search_facts(self):
        return partnered_work_facts(
            self, self.aims_and_outcomes, self.cooperative_difference, year=self.round_year
        )

    class Meta:
        verbose_name = "policy lab"

    def with_content_json(self, content):
        # The access links belong to the lab, not to a revision: restoring or publishing an
        # older revision must not drop or swap them.
        obj = super().with_content_json(content)
        obj.collection_id = self.collection_id
        obj.lead_group_id = self.lead_group_id
        return obj

    @property
    def round_label(self):
        return f"{self.round_year}/{(self.round_year + 1) % 100:02d}"

    def clean(self):
        super().clean()
        try:
            MaxWordsValidator(SUMMARY_WORD_LIMIT)(self.summary)
        except ValidationError as error:
            raise ValidationError({"summary": error}) from error

    def get_context(self, request, *args, **kwargs):
        from .selectors import lab_related

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"lab_related:{self.pk}", request.user, lambda: lab_related(self, request.user)
            )
        )
        return context


class PolicyLabOutput(DocumentAttachment):
    lab = ParentalKey(PolicyLabPage, on_delete=models.CASCADE, related_name="outputs")


class PolicyLabContact(Contact):
    page = ParentalKey(PolicyLabPage, on_delete=models.CASCADE, related_name="contacts")
