from .contacts import Contact, contacts_panel
from .mixins import DocumentAttachment, ListingMixin, TaxonomyMixin
from .pages import BasePage, IndexPage
from .settings import SiteChrome
from .taxonomy import Principle, Region, Theme

__all__ = [
    "BasePage",
    "Contact",
    "DocumentAttachment",
    "IndexPage",
    "ListingMixin",
    "Principle",
    "Region",
    "SiteChrome",
    "TaxonomyMixin",
    "Theme",
    "contacts_panel",
]
