"""Synonym groups edited by comms, applied to queries. Kept in the shared cache until a synonym
is saved or deleted."""

from django.core.cache import cache

from .models import Synonym
from .text import canonical

CACHE_KEY = "search:synonym-groups"


def load_synonym_groups():
    groups = [tuple(synonym.term_list()) for synonym in Synonym.objects.all()]
    return [group for group in groups if len(group) > 1]


def synonym_groups():
    """Each group as a tuple of normalised terms ("co op" for "co-op", phrases kept)."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        groups = load_synonym_groups()
        cache.set(CACHE_KEY, groups, timeout=None)
    return groups


def clear_cache(**kwargs):
    cache.delete(CACHE_KEY)


def forget_synonyms(**kwargs):
    from .spelling import vocabulary_changed  # the vocabulary holds the synonyms' words

    cache.delete(CACHE_KEY)
    vocabulary_changed()


def find_synonyms(words, groups):
    """Match synonym terms against a list of query words.

    Returns (start, end, alternatives) for each place a term of a group occurs: the query words
    words[start:end] are that term, and `alternatives` are the other terms of its group.
    Terms are compared word by word on their stems, so "co-operatives" finds "co-operative".
    """
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
