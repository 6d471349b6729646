from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, RegexValidator, URLValidator
from django.utils.html import strip_tags
from wagtail.rich_text import RichTextMaxLengthValidator


def count_words(text):
    return len(strip_tags(text or "").split())


class MaxWordsValidator:
    """Rejects text longer than a number of words, as the network's forms ask (e.g. 150 words)."""

    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        words = count_words(value)
        if words > self.limit:
            raise ValidationError(
                f"Keep this to {self.limit} words or fewer: it has {words}.",
                code="too_many_words",
            )

    def __eq__(self, other):
        return isinstance(other, MaxWordsValidator) and other.limit == self.limit

    def deconstruct(self):
        return ("core.validators.MaxWordsValidator", (self.limit,), {})


# Bounds on what people type: generous for real writing, far below what would burden the
# database, the search index or a page (a paragraph of a summary is a few hundred characters).
SUMMARY_MAX_LENGTH = 1_500  # a 150-word summary of long words still fits
SHORT_TEXT_MAX_LENGTH = 2_000  # descriptions, introductions, quotes
RICH_TEXT_MAX_LENGTH = 20_000  # a rich-text field's text, not counting its markup
STREAM_TEXT_MAX_LENGTH = 100_000  # all the text of a page's StreamField body together


class MaxCharactersValidator(MaxLengthValidator):
    """Rejects text longer than a number of characters, with a plain message."""

    message = "Keep this to %(limit_value)s characters or fewer: it has %(show_value)s."


class RichTextMaxCharactersValidator(RichTextMaxLengthValidator):
    """The same for rich text: counts the words people read, not the markup around them."""

    message = MaxCharactersValidator.message


def bounded_text(limit):
    """Model field arguments that bound a TextField (Django enforces a TextField's max_length
    only in forms; the validator holds for full_clean, importers and the admin alike)."""
    return {"max_length": limit, "validators": [MaxCharactersValidator(limit)]}


def bounded_rich_text(limit=RICH_TEXT_MAX_LENGTH):
    """Model field arguments that bound a RichTextField's text (its markup is not counted)."""
    return {"max_length": limit, "validators": [RichTextMaxCharactersValidator(limit)]}


# Digits with the spaces, brackets, dots and dashes people write them with, and a leading '+'.
PHONE_NUMBER = RegexValidator(
    r"^\+?[\d\s().-]*\d[\d\s().-]*$",
    "Enter a telephone number using digits, like 01706 925925 or +44 1706 925925.",
)


def validate_site_path_or_web_address(value):
    """A path on this site (such as /apply/, a form that is not a Wagtail page) or a web address."""
    if value.startswith("/") and not value.startswith("//"):
        if any(character.isspace() for character in value):
            raise ValidationError("A path on the hub has no spaces.", code="invalid_path")
        return
    URLValidator(schemes=["http", "https"])(value)
