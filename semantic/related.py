"""Related content by meaning: the pages most like a page, that this person may see.

The lists are worked out in the task queue when passages are embedded (`similar_pages`): a
page reads its own in one query, and no process that serves pages loads a vector for it.
"""

from django.conf import settings
from wagtail.models import Page

from core.privacy import visible_pages_in_one_query


def related_pages(page, user, limit=3):
    """Up to `limit` live pages of the kinds offered as related content, most like `page`."""
    if page.pk is None or not settings.SEMANTIC_SEARCH["enabled"]:
        return []
    similar = Page.objects.filter(similar_to__page=page.pk).order_by("similar_to__rank")
    return list(visible_pages_in_one_query(user, similar).specific(defer=True)[:limit])
