"""What the page cache tests read: whether a response came from the cache, and the generation
as another process sees it."""

from core.page_cache import generation
from core.page_cache.middleware import HIT_HEADER


def served_from_cache(response):
    return response.get(HIT_HEADER) == "hit"


def stored_token():
    """The generation as another process would read it from the shared cache."""
    return generation.store().get(generation.KEY)
