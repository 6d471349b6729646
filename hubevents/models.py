from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from core.api_fields import TAXONOMY_API_FIELDS
from core.blocks import BaseStreamBlock
from core.models import (
    BasePage,
    FeedIndexPage,
    ListingMixin,
    MembersInvolvedMixin,
    TaxonomyMixin,
)
from core.page_cache import generation
from core.search_facts import Searchable, members_involved_facts
from core.structured_data import event
from core.validators import SHORT_TEXT_MAX_LENGTH, bounded_text

from .choices import Attendance
from .timing import describe_when


class EventIndexPage(FeedIndexPage):
    is_creatable = True
    item_noun, item_noun_plural = "event", "events"
    subpage_types = ["hubevents.EventPage"]

    class Meta:
        verbose_name = "event index"

    def listing_source(self, request):
        from .selectors import event_listing_source

        return event_listing_source(self, request)


class EventPage(Searchable, ListingMixin, TaxonomyMixin, MembersInvolvedMixin, BasePage):
    """A meeting, workshop, webinar or conference: when, where or online, and how to book."""

    is_creatable = True
    starts_at = models.DateTimeField(verbose_name="starts")
    ends_at = models.DateTimeField(
        null=True, blank=True, verbose_name="ends", help_text="Leave empty if it has no set end."
    )
    attendance = models.CharField(
        max_length=20,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
        verbose_name="how people attend",
    )
    venue = models.CharField(
        max_length=255,
        blank=True,
        help_text="Where it takes place, for example 'Number One Riverside, Rochdale'.",
    )
    address = models.TextField(
        blank=True,
        help_text="The venue's address, with its postcode.",
        **bounded_text(SHORT_TEXT_MAX_LENGTH),
    )
    booking_url = models.URLField(
        blank=True,
        verbose_name="booking link",
        help_text="Where people book a place or sign up (a ticketing page, a form).",
    )
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("attendance"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("booking_url"),
            ],
            heading="When and where",
        ),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        *MembersInvolvedMixin.members_panels,
        *TaxonomyMixin.taxonomy_panels,
    ]
    search_fields = (
        BasePage.search_fields
        + ListingMixin.listing_search_fields
        + TaxonomyMixin.taxonomy_search_fields
        + MembersInvolvedMixin.members_search_fields
        + [
            index.SearchField("body"),
            index.SearchField("venue"),
            index.FilterField("starts_at"),
            index.FilterField("attendance"),
        ]
    )
    api_fields = [
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("attendance"),
        APIField("venue"),
        APIField("address"),
        APIField("booking_url"),
        APIField("is_past"),
        APIField("summary"),
        APIField("body"),
        *MembersInvolvedMixin.members_api_fields,
        *TAXONOMY_API_FIELDS,
    ]

    parent_page_types = ["hubevents.EventIndexPage"]
    subpage_types = []

    search_type, search_type_label, search_type_order = "event", "Event", 6
    search_select_related = ("lead_member",)
    search_prefetch_related = ("involved_members", "themes", "principles")

    class Meta:
        verbose_name = "event"

    @property
    def finishes_at(self):
        return self.ends_at or self.starts_at

    @property
    def is_past(self):
        return self.finishes_at < timezone.now()

    @property
    def is_online(self):
        return self.attendance == Attendance.ONLINE

    def when(self):
        """When it happens, in words: 'Tuesday 12 March 2025, 10:00 to 12:30'."""
        return describe_when(self.starts_at, self.ends_at)

    def where(self):
        """Where it happens, in words: the venue, 'Online', or both."""
        if self.attendance == Attendance.ONLINE:
            return "Online"
        if self.attendance == Attendance.HYBRID:
            return f"{self.venue} and online"
        return self.venue

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = "An event cannot end before it starts."
        if self.attendance != Attendance.ONLINE and not self.venue.strip():
            errors["venue"] = "Say where people meet, or choose 'Online'."
        if errors:
            raise ValidationError(errors)

    def search_facts(self):
        return members_involved_facts(
            self,
            self.body,
            self.venue,
            self.address,
            date=self.first_published_at,
            year=timezone.localtime(self.starts_at).year,
        )

    def feed_description(self):
        return f"{self.when()}. {self.where()}. {self.sharing_description()}"

    def card_facts(self):
        facts = [self.when(), self.where()]
        if self.lead_member_id:
            facts.append(f"Hosted by {self.lead_title()}")
        return facts

    def structured_data(self, page_url, image_url=None):
        return event(
            name=self.title,
            description=self.sharing_description(),
            url=page_url,
            image_url=image_url,
            starts=self.starts_at,
            ends=self.ends_at,
            attendance=self.attendance,
            venue=self.venue,
            address=" ".join(self.address.split()),
            booking_url=self.booking_url,
            organiser_name=self.lead_member.title if self.lead_member_id else None,
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import event_related

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"event_related:{self.pk}", request.user, lambda: event_related(self, request.user)
            )
        )
        return context
