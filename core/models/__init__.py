from .mixins import ContactMixin, DocumentAttachment, ListingMixin, TaxonomyMixin
from .pages import BasePage, IndexPage
from .settings import SiteChrome
from .taxonomy import Principle, Region, Theme

__all__ = [
    "BasePage",
    "ContactMixin",
    "DocumentAttachment",
    "IndexPage",
    "ListingMixin",
    "Principle",
    "Region",
    "SiteChrome",
    "TaxonomyMixin",
    "Theme",
]
