"""Synonym groups edited by comms, applied to queries. Kept in the shared cache until a synonym
is saved or deleted."""

from django.core.cache import cache

from core.page_cache import generation

from .models import Synonym
from .text import canonical, places

CACHE_KEY = "search:synonym-groups"


def synonym_groups():
    """Each group as a tuple of normalised terms ("co op" for "co-op", phrases kept)."""
    groups = generation.remembered(CACHE_KEY, lambda: cache.get(CACHE_KEY))
    if groups is None:
        groups = [tuple(s.term_list()) for s in Synonym.objects.all() if len(s.term_list()) > 1]
        cache.set(CACHE_KEY, groups, timeout=None)
        generation.remember_read({CACHE_KEY: groups})
    return groups


def clear_cache(**kwargs):
    cache.delete(CACHE_KEY)
    generation.forget(CACHE_KEY)


def forget_synonyms(**kwargs):
    from .spelling import vocabulary_changed  # the vocabulary holds the synonyms' words

    clear_cache()
    vocabulary_changed()


def find_synonyms(words, groups):
    """(start, end, alternatives) for each place words[start:end] are a term of a group, the
    alternatives being its other terms. Words compare on their stems ("co-operatives" finds
    "co-operative")."""
    keys = [canonical(word) for word in words]
    return [
        (start, start + len(term.split()), tuple(other for other in group if other != term))
        for group in groups
        for term in group
        for start in places(keys, [canonical(word) for word in term.split()])
    ]
