"""Suggestions as you type: page titles, member names and themes that start with (or contain)
what has been typed so far. Visible content only."""

from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Page

from core.models import Theme

from .privacy import visible_pages
from .query import CONTROL_CHARS_RE
from .sources import SEARCHED_PAGE_MODELS, TYPE_LABELS, source_for_content_type_ids

MIN_CHARS = 2
MAX_CHARS = 60
LIMIT = 8


def clean_prefix(raw):
    if not isinstance(raw, str):
        return ""
    return " ".join(CONTROL_CHARS_RE.sub(" ", raw).split())[:MAX_CHARS]


def suggest(raw, user=None, limit=LIMIT):
    """[{"label", "type", "type_label", "url"}]: themes first, then titles starting with the text,
    then titles containing it as a word."""
    text = clean_prefix(raw)
    if len(text) < MIN_CHARS:
        return []
    suggestions = []
    for theme in Theme.objects.filter(name__istartswith=text).order_by("name")[:2]:
        suggestions.append(
            {"label": theme.name, "type": "theme", "type_label": "Theme", "url": None}
        )
    starts = Q(title__istartswith=text)
    word = Q(title__icontains=f" {text}")
    pages = (
        visible_pages(user, Page.objects.type(*SEARCHED_PAGE_MODELS))
        .filter(starts | word)
        .annotate(
            starts=Case(When(starts, then=Value(0)), default=Value(1), output_field=IntegerField())
        )
        .order_by("starts", "title")
        .only("id", "title", "url_path", "content_type_id")[: limit - len(suggestions)]
    )
    sources = source_for_content_type_ids()
    for page in pages:
        source = sources.get(page.content_type_id)
        key = source.key if source else "page"
        suggestions.append(
            {
                "label": page.title,
                "type": key,
                "type_label": TYPE_LABELS.get(key, "Page"),
                "url": page.get_url(),
            }
        )
    return suggestions[:limit]
