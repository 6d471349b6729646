from django.core.exceptions import ValidationError
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context
