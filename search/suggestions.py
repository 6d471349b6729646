"""Suggestions as you type: themes, then titles of visible pages that start with what has been
typed, then titles with a word starting with it. Asked of the index table, with what this person
may not see left out, and addressed from the live pages."""

from django.db.models.functions import Lower
from wagtail.models import Page

from core.models import Theme
from core.privacy import Visibility
from core.search_facts import type_labels
from searchindex.models import IndexedItem

from .query import clean_query

MIN_CHARS = 2
MAX_CHARS = 60
LIMIT = 8
MAX_THEMES = 2
ADDRESS_FIELDS = ("id", "url_path", "path", "depth", "locale_id")


def suggest(raw, user=None, limit=LIMIT):
    """[{"label", "type", "type_label", "url"}], best first."""
    text = clean_query(raw).text[:MAX_CHARS]
    if len(text) < MIN_CHARS:
        return []
    themes = Theme.objects.filter(name__istartswith=text).order_by("name")
    suggestions = [
        {"label": name, "type": "theme", "type_label": "Theme", "url": None}
        for name in themes.values_list("name", flat=True)[:MAX_THEMES]
    ]
    visibility = Visibility(user)
    pages = IndexedItem.objects.filter(kind="page").exclude(visibility.hidden_pages_q)
    wanted = limit - len(suggestions)
    by_title = (Lower("title"), "object_id")
    chosen = list(pages.filter(title__istartswith=text).order_by(*by_title)[:wanted])
    if len(chosen) < wanted:
        containing = pages.filter(title__icontains=f" {text}").exclude(title__istartswith=text)
        chosen += containing.order_by(*by_title)[: wanted - len(chosen)]
    live = visibility.pages_read_afresh(Page.objects.filter(pk__in=[e.object_id for e in chosen]))
    urls = {page.pk: page.get_url() for page in live.only(*ADDRESS_FIELDS)}
    labels = type_labels()
    suggestions += [
        {
            "label": entry.title,
            "type": entry.type,
            "type_label": labels.get(entry.type, "Page"),
            "url": urls[entry.object_id],
        }
        for entry in chosen
        if entry.object_id in urls
    ]
    return suggestions[:limit]
