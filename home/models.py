from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import BasePage
from core.page_cache import generation
from core.search_facts import Searchable, SearchFacts, plain_text
from core.structured_data import NETWORK_NAME, SITE_NAME, website
from core.validators import SHORT_TEXT_MAX_LENGTH, bounded_rich_text, bounded_text


class HomePage(BasePage):
    is_creatable = True
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="The welcome at the top of the home page.",
        **bounded_rich_text(SHORT_TEXT_MAX_LENGTH),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("featured_case_studies", label="Featured case studies", max_num=6),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "members.MemberIndexPage",
        "casestudies.CaseStudyIndexPage",
        "toolkits.ToolkitIndexPage",
        "labs.PolicyLabIndexPage",
        "news.NewsIndexPage",
        "hubevents.EventIndexPage",
        "home.StandardPage",
        "contact.ContactPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def sharing_title(self):
        return self.seo_title or NETWORK_NAME

    def own_description(self):
        return get_text_for_indexing(self.introduction)

    def structured_data(self, page_url, image_url=None):
        return website(name=SITE_NAME, url=page_url)

    def get_context(self, request, *args, **kwargs):
        from .selectors import home_page_content

        context = super().get_context(request, *args, **kwargs)
        context.update(
            generation.cached_for_visitors(
                f"home_page_content:{self.pk}",
                request.user,
                lambda: home_page_content(self, request.user),
            )
        )
        return context


class FeaturedCaseStudy(Orderable):
    home_page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_case_studies"
    )
    case_study = models.ForeignKey(
        "casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("case_study")]


class StandardPage(Searchable, BasePage):
    """About, values and principles, join us, the accessibility statement."""

    is_creatable = True
    introduction = models.TextField(
        blank=True, help_text="A short lead paragraph.", **bounded_text(SHORT_TEXT_MAX_LENGTH)
    )
    body = StreamField(BaseStreamBlock())

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    search_type, search_type_label, search_type_order = "page", "Page", 7

    def own_description(self):
        return self.introduction

    def search_facts(self):
        # About and policy pages belong to no year.
        return SearchFacts(
            title=self.title,
            summary=plain_text(self.introduction),
            body=plain_text(self.body),
            date=self.first_published_at,
        )
