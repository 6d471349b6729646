from datetime import datetime, time

from django.db import models
from django.utils import timezone
from django.utils.dateformat import format as date_format
from wagtail.admin.panels import FieldPanel
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
from core.structured_data import article


class NewsIndexPage(FeedIndexPage):
    is_creatable = True
    item_noun, item_noun_plural = "news item", "news items"
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = "news index"

    def listing_source(self, request):
        from .selectors import news_listing_source

        return news_listing_source(self, request)


class NewsPage(Searchable, ListingMixin, TaxonomyMixin, MembersInvolvedMixin, BasePage):
    """News from the network and its members, newest first."""

    is_creatable = True
    date = models.DateField(
        default=timezone.localdate,
        help_text="The date the news is published under, shown with it and used to order it.",
    )
    body = StreamField(BaseStreamBlock())

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
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
        + [index.SearchField("body"), index.FilterField("date")]
    )
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("body"),
        *MembersInvolvedMixin.members_api_fields,
        *TAXONOMY_API_FIELDS,
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_type, search_type_label, search_type_order = "news", "News", 5
    search_select_related = ("lead_member",)
    search_prefetch_related = ("involved_members", "themes", "principles")

    class Meta:
        verbose_name = "news item"
        verbose_name_plural = "news items"

    sharing_type = "article"

    def published_at(self):
        """The news date as a moment: the start of that day where the network is."""
        return timezone.make_aware(datetime.combine(self.date, time.min))

    def search_facts(self):
        return members_involved_facts(
            self, self.body, date=self.published_at(), year=self.date.year
        )

    def feed_published(self):
        return self.published_at()

    def card_facts(self):
        facts = [date_format(self.date, "j F Y")]
        if self.lead_member_id:
            facts.append(self.lead_title())
        return facts

    def structured_data(self, page_url, image_url=None):
        return article(
            headline=self.title,
            description=self.sharing_description(),
            url=page_url,
            image_url=image_url,
            published=self.published_at(),
            modified=self.last_published_at,
            author_name=self.lead_member.title if self.lead_member_id else None,
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import news_related

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"news_related:{self.pk}", request.user, lambda: news_related(self, request.user)
            )
        )
        return context
