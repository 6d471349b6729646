from .contacts import Contact, contacts_panel
from .mixins import (
    DocumentAttachment,
    ListingMixin,
    MembersInvolvedMixin,
    PartnershipMixin,
    TaxonomyMixin,
)
from .pages import BasePage, FeedIndexPage, IndexPage
from .settings import SiteChrome
from .taxonomy import Principle, Region, Theme

__all__ = [
    "BasePage",
    "Contact",
    "DocumentAttachment",
    "FeedIndexPage",
    "IndexPage",
    "ListingMixin",
    "MembersInvolvedMixin",
    "PartnershipMixin",
    "Principle",
    "Region",
    "SiteChrome",
    "TaxonomyMixin",
    "Theme",
    "contacts_panel",
]
