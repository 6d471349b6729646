from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
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

    def clean(self):
        super().clean()
        # Wagtail's own promote-tab text field has no bound; every hub text field has one.
        try:
            MaxCharactersValidator(SHORT_TEXT_MAX_LENGTH)(self.search_description or "")
        except ValidationError as error:
            raise ValidationError({"search_description": error}) from error


class IndexPage(BasePage):
    """A section's front page: an introduction, then its items with filters.

    Subclasses name their items (for "12 case studies") and return the listing's context from
    `listing(request)`, built by their app's selectors.
    """

    item_noun = item_noun_plural = ""
    introduction = RichTextField(blank=True, features=RICH_TEXT_FEATURES, **bounded_rich_text())

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def listing(self, request):
        raise NotImplementedError

    def own_description(self):
        return get_text_for_indexing(self.introduction)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context
