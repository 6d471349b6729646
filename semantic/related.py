"""Related content by meaning: the pages most like a page, that this person may see."""

from wagtail.models import Page

from core.privacy import Visibility
from core.search_facts import searchable_page_models

from .matching import similar_matches

ROOM = 10  # candidates read for each page shown: some are private, unpublished or not offered


def related_pages(page, user, limit=3):
    """Up to `limit` live pages of the kinds offered as related content, most like `page`."""
    if page.pk is None:
        return []
    matches = similar_matches("page", page.pk, limit=limit * ROOM)
    ids = [match.object_id for match in matches if match.kind == "page"]
    if not ids:
        return []
    offered = [model for model in searchable_page_models() if model.related_by_meaning]
    found = Visibility(user).pages(Page.objects.filter(pk__in=ids).type(*offered)).specific()
    by_id = {found_page.pk: found_page for found_page in found}
    return [by_id[pk] for pk in ids if pk in by_id][:limit]
