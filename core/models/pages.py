from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.forms import HubPageForm
from core.validators import SHORT_TEXT_MAX_LENGTH, MaxCharactersValidator, bounded_rich_text


class BasePage(Page):
    """The base of every hub page type: it is never created itself."""

    is_creatable = False
    # Checks that the documents and images chosen are ones the editor may choose.
    base_form_class = HubPageForm

    class Meta:
        abstract = True

    # How the page presents itself to search engines and when shared (Open Graph's og:type).
    sharing_type = "website"
    # The pictures and pages a page shows beside its own fields, read with it when it is served.
    SERVED_WITH = ("listing_image", "lead_member", "originating_lab", "logo")

    def route(self, request, path_components):
        """Wagtail's routing, with fewer queries: a page passed through on the way is read
        without its own fields (only the served page needs them), and the served page is read
        with the pictures and pages it shows (SERVED_WITH)."""
        if not path_components:
            return super().route(request, path_components)
        try:
            child = self.get_children().get(slug=path_components[0])
        except Page.DoesNotExist as error:
            raise Http404 from error
        remaining = path_components[1:]
        if not remaining:
            return served(child).route(request, remaining)
        passing = child.specific_deferred
        result = passing.route(request, remaining)
        if result.page is passing:
            # A route of the page's own (an index's feed) serves it: read it whole, and route
            # again so that its view is bound to the page read whole.
            return served(child).route(request, remaining)
        return result

    def get_view_restrictions(self):
        # Nearly every page has no restriction on it or above it: that is known from the
        # restricted paths kept for the content generation, without asking the database.
        from core.chrome import may_be_restricted

        if self.pk and not may_be_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def sharing_title(self):
        return self.seo_title or self.title

    def sharing_description(self):
        """The meta description: the promote tab's, else what the page says of itself."""
        text = self.search_description or self.own_description()
        return Truncator(" ".join(strip_tags(text).split())).chars(300)

    def own_description(self):
        """A page type's own short description of itself, used without a promote-tab one."""
        return ""

    def sharing_image(self):
        """The image shown when the page is shared, or None for the site's own icon."""
        return None

    def structured_data(self, page_url, image_url=None):
        """A schema.org description of what the page is about (JSON-LD), or None."""
        return None

    def feed_published(self):
        """When the page counts as published in a feed (a news item's own date, say)."""
        return self.first_published_at

    def feed_description(self):
        """What a feed says of the page under its title."""
        return self.sharing_description()

    def clean(self):
        super().clean()
        # Wagtail's own promote-tab text field has no bound; every hub text field has one.
        try:
            MaxCharactersValidator(SHORT_TEXT_MAX_LENGTH)(self.search_description or "")
        except ValidationError as error:
            raise ValidationError({"search_description": error}) from error


def served(page):
    """The page in its specific form with what SERVED_WITH names, in one query."""
    model = page.specific_class
    if model is None:
        return page
    related = [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one and field.name in getattr(model, "SERVED_WITH", ())
    ]
    return model._default_manager.select_related(*related).get(id=page.id)


class IndexPage(BasePage):
    """A section's front page: an introduction, then its items with filters.

    Subclasses name their items (for "12 case studies") and give their listing's items and
    filter form from `listing_source(request)`, built by their app's selectors.
    """

    item_noun = item_noun_plural = ""
    introduction = RichTextField(blank=True, features=RICH_TEXT_FEATURES, **bounded_rich_text())

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def listing_source(self, request):
        """(the items in listing order, the filter form bound to the request)."""
        raise NotImplementedError

    def listing(self, request):
        from core.listing import filtered_listing

        return filtered_listing(request, *self.listing_source(request))

    def own_description(self):
        return get_text_for_indexing(self.introduction)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context


class FeedIndexPage(RoutablePageMixin, IndexPage):
    """An index whose listing is also an RSS 2.0 and an Atom feed, filters and all: the
    listing's `feed/rss/` and `feed/atom/` with the same query string (see `core.feeds`)."""

    class Meta:
        abstract = True

    @path("feed/rss/")
    def rss_feed(self, request):
        from core.feeds import RssListingFeed

        return RssListingFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from core.feeds import AtomListingFeed

        return AtomListingFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        from core.feeds import feed_links

        context = super().get_context(request, *args, **kwargs)
        context["feed_links"] = feed_links(self, request, context["filter_form"])
        return context
