"""The sitemap lists what an anonymous visitor may see: live pages without view restrictions."""

from django.contrib.auth.models import AnonymousUser
from wagtail.contrib.sitemaps import Sitemap

from .pages import visible_pages


class PublicPageSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page.localized
        pages = visible_pages(AnonymousUser(), root.get_descendants(inclusive=True))
        return pages.order_by("path").defer_streamfields().specific()
