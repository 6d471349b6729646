"""Site-wide navigation and footer, edited by comms under Settings."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from core.blocks import NavigationLinkBlock
from core.validators import SHORT_TEXT_MAX_LENGTH, bounded_rich_text


@register_setting(icon="list-ul")
class SiteChrome(BaseSiteSetting):
    primary_navigation = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        help_text="The links across the top of every page, in order.",
    )
    footer_navigation = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        help_text="The links in the footer, in order.",
    )
    footer_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short note in the footer, such as who runs the network.",
        **bounded_rich_text(SHORT_TEXT_MAX_LENGTH),
    )
    contact_email = models.EmailField(blank=True, help_text="The network's general contact email.")

    panels = [
        FieldPanel("primary_navigation"),
        FieldPanel("footer_navigation"),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = "Navigation and footer"
