from django.core.exceptions import ValidationError
from django.utils.html import strip_tags


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
