"""RSS 2.0 and Atom feeds of an index page's listing, its filters included.

A feed is the listing it belongs to: the same items in the same order, narrowed by the same
filter form (so a malformed or unknown filter value is dropped, never an error), newest
`FEED_SIZE` of them. It holds only what anyone may see (`core.privacy.public_pages`): feed
readers and aggregators fetch it for everybody, so a members-only page never appears in it,
whoever asks.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from wagtail.rich_text import get_text_for_indexing

from core.privacy import public_pages
from core.structured_data import NETWORK_NAME, SITE_NAME

FEED_SIZE = 50
FEED_FORMATS = {
    "rss_feed": ("RSS", "application/rss+xml"),
    "atom_feed": ("Atom", "application/atom+xml"),
}


def filter_query(request, form):
    """The query string of the filters in force, as the request gave them; values the form
    does not accept are left out."""
    valid = form.valid_values()
    return urlencode([(name, request.GET[name]) for name in valid if name in request.GET])


def feed_title(index_page, form):
    title = f"{index_page.title}: {SITE_NAME}"
    active = form.active_filters()
    if active:
        title += " (" + ", ".join(f"{a['label']}: {a['value']}" for a in active) + ")"
    return title


def with_query(url, query):
    return f"{url}?{query}" if query else url


def feed_url(index_page, request, route, query):
    return with_query(index_page.get_url(request) + index_page.reverse_subpage(route), query)


def feed_links(index_page, request, form):
    """The listing's feeds, for <link rel="alternate"> and the visible links: each with its
    format, media type, address (with the filters in force) and title."""
    query = filter_query(request, form)
    title = feed_title(index_page, form)
    return [
        {
            "format": name,
            "media_type": media_type,
            "url": feed_url(index_page, request, route, query),
            "title": f"{title} ({name})",
        }
        for route, (name, media_type) in FEED_FORMATS.items()
    ]


@dataclass
class ListingFeedSource:
    index_page: object
    request: object
    items: object  # the filtered listing, before privacy
    form: object
    query: str


class RssListingFeed(Feed):
    """The listing of `index_page` as RSS 2.0. Made for one request."""

    feed_type = Rss201rev2Feed
    route = "rss_feed"
    author_name = NETWORK_NAME

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        items, form = self.index_page.listing_source(request)
        return ListingFeedSource(self.index_page, request, items, form, filter_query(request, form))

    def title(self, source):
        return feed_title(source.index_page, source.form)

    def link(self, source):
        return with_query(source.index_page.get_url(source.request), source.query)

    def feed_url(self, source):
        return feed_url(source.index_page, source.request, self.route, source.query)

    def description(self, source):
        introduction = get_text_for_indexing(source.index_page.introduction)
        return introduction or f"The latest {source.index_page.item_noun_plural} on {SITE_NAME}."

    def items(self, source):
        return list(public_pages(source.form.filter_queryset(source.items))[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return strip_tags(item.feed_description())

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.feed_published()

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        themes = getattr(item, "themes", None)
        return [theme.name for theme in themes.all()] if themes is not None else []


class AtomListingFeed(RssListingFeed):
    feed_type = Atom1Feed
    route = "atom_feed"
    subtitle = RssListingFeed.description
