import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.forms import HubPageForm
from core.page_cache import generation
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
        """Wagtail's routing, with fewer queries. From the site's root, which page serves an
        address is kept for the content generation (`kept_route`), so the page is read afresh
        in one query rather than found by walking the tree."""
        if path_components and self.is_root_of(request):
            return kept_route(self, request, path_components)
        return self.walk(request, path_components)

    def is_root_of(self, request):
        """Whether the page is the root of the site serving the request (no query: Wagtail
        keeps the request's site once found)."""
        site = Site.find_for_request(request)
        return site is not None and site.root_page_id == self.pk

    def walk(self, request, path_components):
        """Wagtail's walk down the tree: a page passed through on the way is read without its
        own fields (only the served page needs them), and the served page is read with the
        pictures and pages it shows (SERVED_WITH)."""
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
    return served_by_id(model, page.id)


def served_by_id(model, page_id):
    """The page of type `model` with key `page_id`, read with what SERVED_WITH names."""
    related = [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one and field.name in getattr(model, "SERVED_WITH", ())
    ]
    return model._default_manager.select_related(*related).get(id=page_id)


def _route_name(root, path_components):
    address = "/".join(path_components)
    return f"route:{root.pk}:{hashlib.sha256(address.encode()).hexdigest()[:32]}"


def kept_route(root, request, path_components):
    """Route an address below the site's `root` as `walk` does, keeping which page served it
    (its key, its type and how many of the address's parts the tree gave) until the content
    changes: publishing, moving, renaming or deleting a page renews the generation. The page
    is read afresh each time and routes the rest of the address itself, so whether it is live,
    and any route of its own (an index's feed), are decided at each request. An address that
    finds no page is not kept."""
    walked = []

    def walk():
        result = root.walk(request, path_components)
        walked.append(result)
        page = result.page
        consumed = page.depth - root.depth
        if not page.path.startswith(root.path) or not 0 < consumed <= len(path_components):
            return None  # served from elsewhere: walked again each time
        return page.pk, page.content_type_id, consumed

    kept = generation.cached(_route_name(root, path_components), walk)
    if walked:
        return walked[0]
    if kept is None:
        return root.walk(request, path_components)
    page_id, content_type_id, consumed = kept
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    try:
        page = served_by_id(model, page_id)
    except model.DoesNotExist:
        return root.walk(request, path_components)
    return page.route(request, path_components[consumed:])


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
