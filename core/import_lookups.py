"""What import records name that already exists in the hub: themes and principles, and images
and documents in the library (by title)."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .importing import RecordError, list_value, text_value
from .models import Principle, Theme
from .names import name_key


class Vocabulary:
    """Themes by name or slug and principles by name, slug or number, read once per import."""

    def __init__(self):
        self.themes = {}
        for theme in Theme.objects.all():
            self.themes[name_key(theme.name)] = theme
            self.themes[theme.slug] = theme
        self.principles = {}
        for principle in Principle.objects.all():
            for key in (principle.name, principle.slug, str(principle.number), str(principle)):
                self.principles[name_key(key)] = principle

    def themes_value(self, record, key="themes"):
        return self._terms(record, key, self.themes, "theme")

    def principles_value(self, record, key="principles"):
        return self._terms(record, key, self.principles, "principle")

    def _terms(self, record, key, known, noun):
        """The terms a record names, in order; None when it names none (keep the page's)."""
        if record.get(key) in (None, "", []):
            return None
        terms = []
        for name in list_value(record, key):
            term = known.get(name_key(name)) or known.get(name.strip().lower())
            if term is None:
                raise RecordError(
                    f"unknown {noun} {name!r}: use the name or slug of one in the admin "
                    f"(Snippets), or add it there first"
                )
            if term not in terms:
                terms.append(term)
        return terms


def image_value(record, key):
    """The library image whose title the record gives, or None when it gives none."""
    return _by_title(get_image_model(), record, key, "image", "Images")


def document_value(record, key):
    """The library document whose title the record gives, or None when it gives none."""
    return _by_title(get_document_model(), record, key, "document", "Documents")


def _by_title(model, record, key, noun, menu):
    title = text_value(record, key, max_length=255)
    if not title:
        return None
    found = list(model.objects.filter(title=title).order_by("pk")[:2])
    if not found:
        raise RecordError(
            f"{key}: no {noun} in the library is called {title!r}: upload it under {menu} first"
        )
    if len(found) > 1:
        raise RecordError(
            f"{key}: several {noun}s in the library are called {title!r}: give one a new title"
        )
    return found[0]
