"""Field groups that several page types share. Pages combine them; nothing is declared twice."""

from django.db import models
from django.db.models import Q
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable
from wagtail.search import index

from ..api_fields import member_api_field
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


def _lead_and_others_search_fields(others, *more):
    """Search finds a page by its lead member's name (weighted) and its other members' names."""
    return [
        index.RelatedFields("lead_member", [index.SearchField("title", boost=2)]),
        index.RelatedFields(others, [index.SearchField("title")]),
        *more,
        index.FilterField("lead_member"),
    ]


def _lead_and_others_api_fields(others):
    return [member_api_field("lead_member"), member_api_field(others, many=True)]


def _led_by_or_with(queryset, member, others):
    # The pages with `member` among `others` are a subquery rather than a join: each page comes
    # once without DISTINCT, and the database reaches them through both indexes (the join and
    # DISTINCT read every page: 41 ms against 2 ms among 10,000 case studies on SQLite).
    with_member = queryset.model.objects.filter(**{others: member}).order_by().values("pk")
    return queryset.filter(Q(lead_member=member) | Q(pk__in=with_member))


# Under what name `core.listing.lead_member_cards` reads a listed page's lead member's title:
# in the listing's own query, where reading the whole member page cost a card more than the rest.
LEAD_MEMBER_TITLE = "lead_member_title"


def _lead_title(page):
    if not page.lead_member_id:
        return None
    title = getattr(page, LEAD_MEMBER_TITLE, None)
    return page.lead_member.title if title is None else title


class MembersInvolvedMixin(models.Model):
    """The members a news item or an event involves: one leading it, if any, and others."""

    lead_member = models.ForeignKey(
        "members.MemberPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)s_led",
        help_text="The member it is mainly about or that hosts it. Leave empty for the network.",
    )
    involved_members = ParentalManyToManyField(
        "members.MemberPage",
        blank=True,
        related_name="%(class)s_involved",
        verbose_name="other members involved",
    )

    members_panels = [
        MultiFieldPanel(
            [
                FieldPanel("lead_member"),
                FieldPanel("involved_members", widget=CheckboxList),
            ],
            heading="Members involved",
        )
    ]
    members_search_fields = _lead_and_others_search_fields("involved_members")
    members_api_fields = _lead_and_others_api_fields("involved_members")

    class Meta:
        abstract = True

    # The paths `involving` follows, lead first (listings count their options through them).
    involving_paths = ("lead_member", "involved_members")

    @staticmethod
    def involving(queryset, member):
        """The pages of `queryset` that `member` leads or is involved in."""
        return _led_by_or_with(queryset, member, "involved_members")

    def lead_title(self):
        """Its lead member's title (None without one), as its listing read it if it did."""
        return _lead_title(self)

    def live_other_members(self):
        """The live members involved besides the lead, by name. Read through the ids, so
        previews of unsaved revisions (in-memory relations) work too."""
        involved_ids = [member.pk for member in self.involved_members.all() if member.pk]
        members = self._meta.get_field("involved_members").related_model
        return (
            members.objects.filter(pk__in=involved_ids)
            .exclude(pk=self.lead_member_id)
            .live()
            .order_by("title")
        )

    def members_involved(self):
        """The lead member first, then the others by name (unsaved ones included)."""
        others = sorted(
            (m for m in self.involved_members.all() if m.pk != self.lead_member_id),
            key=lambda member: member.title,
        )
        return ([self.lead_member] if self.lead_member_id else []) + others


class PartnershipMixin(models.Model):
    """Who did a piece of work: the member that led it, other members and partners outside the
    network. A member profile finds the work through `led_<app>`, `partnered_<app>` (for example
    `member.led_casestudies`, `member.partnered_labs`) and a partner through `partner.<app>`."""

    lead_member = models.ForeignKey(
        "members.MemberPage",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="led_%(app_label)s",
        help_text="The member organisation that led the work.",
    )
    partner_members = ParentalManyToManyField(
        "members.MemberPage", blank=True, related_name="partnered_%(app_label)s"
    )
    partner_organisations = ParentalManyToManyField(
        "members.PartnerOrganisation",
        blank=True,
        related_name="%(app_label)s",
        help_text="Partners that are not members of the network.",
    )

    partnership_search_fields = _lead_and_others_search_fields(
        "partner_members", index.RelatedFields("partner_organisations", [index.SearchField("name")])
    )
    partnership_api_fields = _lead_and_others_api_fields("partner_members")

    class Meta:
        abstract = True

    # The paths `involving` follows, lead first (listings count their options through them).
    involving_paths = ("lead_member", "partner_members")

    @staticmethod
    def involving(queryset, member):
        """The pages of `queryset` that `member` led or was a partner in."""
        return _led_by_or_with(queryset, member, "partner_members")

    def lead_title(self):
        """Its lead member's title (None without one), as its listing read it if it did."""
        return _lead_title(self)

    def live_partner_members(self):
        """The live partner members, by name. Read through the ids, so previews of unsaved
        revisions (in-memory relations) work too."""
        members = self._meta.get_field("partner_members").related_model
        return (
            members.objects.filter(pk__in=self.partner_members.values_list("id", flat=True))
            .live()
            .order_by("title")
        )

    @staticmethod
    def partnership_panel(heading, lead_help_text):
        """The three fields under the page's own heading; the lead's help text in its words."""
        return MultiFieldPanel(
            [
                FieldPanel("lead_member", help_text=lead_help_text),
                FieldPanel("partner_members", widget=CheckboxList),
                FieldPanel("partner_organisations", widget=CheckboxList),
            ],
            heading=heading,
        )


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
