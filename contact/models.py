from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.rich_text import get_text_for_indexing

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from core.validators import SHORT_TEXT_MAX_LENGTH, bounded_rich_text


class ContactPage(RoutablePageMixin, BasePage):
    """The contact form: a message to the comms team, by email. One per site."""

    is_creatable = True
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="What people can ask about, shown above the form.",
        **bounded_rich_text(SHORT_TEXT_MAX_LENGTH),
    )
    confirmation = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="What people read once their message is sent, such as when to expect a reply.",
        **bounded_rich_text(SHORT_TEXT_MAX_LENGTH),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("confirmation"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    def own_description(self):
        return get_text_for_indexing(self.introduction)

    @path("")
    def contact_form(self, request):
        from .views import contact_form

        return contact_form(self, request)

    @path("sent/", name="sent")
    def sent(self, request):
        from .views import sent

        return sent(self, request)
