from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from core.api_fields import region_api_field
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, Contact, IndexPage, contacts_panel
from core.page_cache import generation
from core.search_facts import Searchable, SearchFacts, plain_text
from core.structured_data import organisation
from core.validators import SHORT_TEXT_MAX_LENGTH, bounded_rich_text, bounded_text

from .choices import MemberType, OrganisationKind
from .profile import work_key


class PartnerOrganisation(index.Indexed, models.Model):
    """An organisation that works with members on a lab or story but is not itself a member."""

    name = models.CharField(max_length=255, unique=True)
    kind = models.CharField(
        max_length=30, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    website = models.URLField(blank=True)
    description = models.TextField(blank=True, **bounded_text(SHORT_TEXT_MAX_LENGTH))

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    # The admin's listing searches name and description (members/wagtail_hooks.py).
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "partner organisation (not a member)"
        verbose_name_plural = "partner organisations (not members)"

    def __str__(self):
        return self.name


class MemberIndexPage(IndexPage):
    is_creatable = True
    item_noun, item_noun_plural = "member", "members"
    subpage_types = ["members.MemberPage"]

    def listing_source(self, request):
        from .selectors import member_listing_source

        return member_listing_source(self, request)

    def listing(self, request):
        from .selectors import member_listing

        return member_listing(self, request)


class MemberPage(Searchable, BasePage):
    """A member organisation's profile. The page title is the organisation's name."""

    is_creatable = True
    member_type = models.CharField(max_length=20, choices=MemberType.choices)
    organisation_kind = models.CharField(
        max_length=30, choices=OrganisationKind.choices, verbose_name="kind of organisation"
    )
    region = models.ForeignKey(
        "core.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="Leave empty for organisations that work across the UK.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # One name a line rather than an orderable: a name has nothing else to record, and comms
    # paste a list of them at once.
    also_known_as = models.TextField(
        blank=True,
        help_text=(
            "Other names the organisation goes by, one a line: abbreviations, former names, "
            "other ways of writing it. Search and the importers find the profile by them."
        ),
        **bounded_text(SHORT_TEXT_MAX_LENGTH),
    )
    website = models.URLField(blank=True)
    year_joined = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(2012), MaxValueValidator(2100)],
        help_text="The year the organisation joined the network.",
    )
    lead_member_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name="lead member",
        help_text="The councillor or board member who leads on co-operative work.",
    )
    lead_member_role = models.CharField(max_length=255, blank=True)
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="Who the organisation is and how it works co-operatively.",
        **bounded_rich_text(),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("also_known_as"),
        FieldRowPanel([FieldPanel("member_type"), FieldPanel("organisation_kind")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("year_joined")]),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("lead_member_name"), FieldPanel("lead_member_role")],
            heading="Lead member",
        ),
        contacts_panel(heading="Officer contacts"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("also_known_as"),
        index.AutocompleteField("title"),
        index.FilterField("member_type"),
        index.FilterField("region"),
        index.RelatedFields("region", [index.SearchField("name")]),
    ]

    api_fields = [
        APIField("member_type"),
        APIField("organisation_kind"),
        region_api_field(),
        APIField("website"),
        APIField("year_joined"),
        APIField("also_known_as"),
        APIField("introduction"),
    ]

    parent_page_types = ["members.MemberIndexPage"]
    subpage_types = []

    search_type, search_type_label, search_type_order = "member", "Member", 4
    search_select_related = ("region",)

    def card_facts(self):
        """The short facts its card shows under the title."""
        region = [self.region.name] if self.region_id else []
        return [self.get_member_type_display(), *region]

    def search_facts(self):
        return SearchFacts(
            title=self.title,
            summary=plain_text(self.introduction),
            body=plain_text(*self.other_names(), self.region.name if self.region else ""),
            date=self.first_published_at,
            # The year it joined the network; never the year its profile was loaded.
            year=self.year_joined,
            members=(self.pk,),
            regions=(self.region_id,) if self.region_id else (),
        )

    class Meta:
        verbose_name = "member profile"

    def other_names(self):
        """The names in 'also known as', one a line, blank lines left out."""
        return [line.strip() for line in self.also_known_as.splitlines() if line.strip()]

    def all_names(self):
        return [self.title, *self.other_names()]

    def own_description(self):
        return get_text_for_indexing(self.introduction)

    def sharing_image(self):
        return self.logo

    def structured_data(self, page_url, image_url=None):
        return organisation(
            name=self.title,
            url=page_url,
            description=self.sharing_description(),
            website_url=self.website,
            logo_url=image_url,
            area=self.region.name if self.region_id else None,
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import member_profile_related

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"member_profile_related:{self.pk}",
                request.user,
                lambda: member_profile_related(self, request.user),
            )
        )
        context["work_key"] = work_key(context["work"])
        return context


class MemberContact(Contact):
    page = ParentalKey(MemberPage, on_delete=models.CASCADE, related_name="contacts")
