"""Suggestions as you type: themes, then titles of visible pages that start with what has been
typed, then titles with a word starting with it. Read from the search catalogue, so a keystroke
costs no search of the page table; only the suggested pages' addresses are loaded."""

from wagtail.models import Page

from core.privacy import Visibility

from .catalogue import get_catalogue
from .facets import load_taxonomy_labels
from .query import CONTROL_CHARS_RE
from .sources import TYPE_LABELS

MIN_CHARS = 2
MAX_CHARS = 60
LIMIT = 8
MAX_THEMES = 2
ADDRESS_FIELDS = ("id", "url_path", "path", "depth", "locale_id")


def clean_prefix(raw):
    if not isinstance(raw, str):
        return ""
    return " ".join(CONTROL_CHARS_RE.sub(" ", raw).split())[:MAX_CHARS]


def _lowered_titles(catalogue):
    """(item number, lower-case title) of every page, in title order."""
    return [
        (number, catalogue.items[number].title.lower())
        for number in catalogue.in_title_order
        if catalogue.items[number].kind == "page"
    ]


def suggest(raw, user=None, limit=LIMIT):
    """[{"label", "type", "type_label", "url"}]: themes first, then titles starting with the text,
    then titles containing it as a word."""
    text = clean_prefix(raw).lower()
    if len(text) < MIN_CHARS:
        return []
    catalogue = get_catalogue()
    themes = catalogue.derived("taxonomy labels", load_taxonomy_labels)["theme"].values()
    suggestions = [
        {"label": name, "type": "theme", "type_label": "Theme", "url": None}
        for _, name, _ in sorted(themes, key=lambda theme: theme[1].lower())
        if name.lower().startswith(text)
    ][:MAX_THEMES]

    hidden = catalogue.hidden_from(Visibility(user))
    titles = catalogue.derived("lower-case titles", lambda: _lowered_titles(catalogue))
    wanted = limit - len(suggestions)
    starting, containing = [], []
    word = f" {text}"
    for number, title in titles:
        if number in hidden:
            continue
        if title.startswith(text):
            starting.append(number)
            if len(starting) >= wanted:
                break
        elif word in title and len(containing) < wanted:
            containing.append(number)
    chosen = [catalogue.items[number] for number in (starting + containing)[:wanted]]

    pages = Page.objects.filter(pk__in=[item.pk for item in chosen]).only(*ADDRESS_FIELDS)
    urls = {page.pk: page.get_url() for page in pages}
    suggestions += [
        {
            "label": item.title,
            "type": item.type,
            "type_label": TYPE_LABELS.get(item.type, "Page"),
            "url": urls[item.pk],
        }
        for item in chosen
        if item.pk in urls
    ]
    return suggestions[:limit]
