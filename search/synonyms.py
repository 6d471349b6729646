"""Synonym groups edited by comms, applied to queries. Cached; saving or deleting one clears it."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Synonym

CACHE_KEY = "search:synonym-groups:v1"
CACHE_SECONDS = 60 * 60


def synonym_groups():
    """Each group as a tuple of normalised terms ("co op" for "co-op", phrases kept)."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        groups = [tuple(synonym.term_list()) for synonym in Synonym.objects.all()]
        groups = [group for group in groups if len(group) > 1]
        cache.set(CACHE_KEY, groups, CACHE_SECONDS)
    return groups


def clear_synonym_cache():
    cache.delete(CACHE_KEY)


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def _synonyms_changed(sender, **kwargs):
    clear_synonym_cache()


def find_synonyms(words, groups):
    """Match synonym terms against a list of query words.

    Returns (start, end, alternatives) for each place a term of a group occurs: the query words
    words[start:end] are that term, and `alternatives` are the other terms of its group.
    Terms are compared word by word on their stems, so "co-operatives" finds "co-operative".
    """
    from .text import canonical

    keys = [canonical(word) for word in words]
    found = []
    for group in groups:
        for term in group:
            term_keys = [canonical(word) for word in term.split()]
            size = len(term_keys)
            for start in range(len(keys) - size + 1):
                if keys[start : start + size] == term_keys:
                    alternatives = tuple(other for other in group if other != term)
                    found.append((start, start + size, alternatives))
    return found
