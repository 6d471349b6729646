"""The shared StreamField vocabulary. Page-specific streams extend BaseStreamBlock."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .validators import (
    RICH_TEXT_MAX_LENGTH,
    SHORT_TEXT_MAX_LENGTH,
    STREAM_TEXT_MAX_LENGTH,
    validate_site_path_or_web_address,
)

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class LinkStructValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        return page.url if page else self.get("url")


class LinkBlock(blocks.StructBlock):
    """A link to a hub page or to another website, with its own label."""

    label = blocks.CharBlock(max_length=80, help_text="The words people click.")
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(
        required=False, label="Web address", help_text="Used when no page is chosen."
    )

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        template = "blocks/link_block.html"
        preview_value = {"label": "Join the network", "url": "https://www.councils.coop/"}
        description = "A link to a page on the hub or another website"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError("Choose a page or enter a web address.")}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Subheading")],
        default="h2",
        help_text="Pages have one main title already, so headings here start at level two.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "What changed", "level": "h2"}
        description = "A section heading"

    def get_searchable_content(self, value):
        # Only the words: the level's choice label ("Section heading") is not content.
        return [value.get("text") or ""]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("max_length", RICH_TEXT_MAX_LENGTH)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Residents, councillors and officers shaped the service together, "
            "and the council handed real decisions to the neighbourhood.</p>"
        )
        description = "Text with simple formatting and links"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = "An image with alternative text and an optional caption"

    def get_preview_value(self):
        return self.to_python(
            {
                "image": get_image_model().objects.values_list("pk", flat=True).first(),
                "alt_text": "A community meeting in a council chamber",
                "caption": "Residents and councillors planning together",
            }
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=SHORT_TEXT_MAX_LENGTH)
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "We stopped doing things to people and started doing them with people.",
            "attribution": "Council leader",
        }
        description = "A quotation with who said it"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=40, help_text="For example '£1.6m' or '75'.")
    label = blocks.CharBlock(max_length=160, help_text="What the figure counts.")

    class Meta:
        icon = "table"


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        preview_value = [
            {"figure": "£1.6m", "label": "retained in the local economy"},
            {"figure": "75", "label": "residents at the first assembly"},
        ]
        description = "Headline numbers that show what changed"


class NavigationLinkBlock(LinkBlock):
    """A link in the site's navigation or footer: also to a path on the hub that is not a page,
    such as the funding application's /apply/."""

    url = blocks.CharBlock(
        required=False,
        max_length=200,
        validators=[validate_site_path_or_web_address],
        label="Web address or path",
        help_text="Used when no page is chosen: https://… or a path on the hub such as /apply/.",
    )

    class Meta:
        description = "A link to a page on the hub, a path on the hub or another website"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, max_length=200, help_text="Defaults to its title.")

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = "A link to download a document"

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        return self.to_python(
            {"document": get_document_model().objects.values_list("pk", flat=True).first()}
        )


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=SHORT_TEXT_MAX_LENGTH)
    link = LinkBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "heading": "Share your story",
            "text": "Tell the network what your council has learned.",
            "link": {"label": "Get in touch", "url": "https://www.councils.coop/"},
        }
        description = "A highlighted prompt with one link"


class TextBudgetMixin:
    """Bounds the text of a whole stream (every block's words together) at `text_limit`
    characters, so a body cannot grow without end one block at a time."""

    text_limit = STREAM_TEXT_MAX_LENGTH

    def clean(self, value):
        value = super().clean(value)
        length = sum(len(text) for text in self.get_searchable_content(value))
        if length > self.text_limit:
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [
                        ValidationError(
                            f"Keep the text of this section to {self.text_limit:,} characters "
                            f"or fewer: it has {length:,}. Split it into more than one page.",
                            code="stream_too_long",
                        )
                    ]
                )
            )
        return value


class BaseStreamBlock(TextBudgetMixin, blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        template = "blocks/stream_block.html"
