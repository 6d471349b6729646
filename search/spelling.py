"""Spelling suggestions from the hub's own vocabulary: titles, summaries, member names and the
taxonomy. Built once and kept with the search catalogue, so changing content renews it."""

import difflib
from itertools import chain

from core.models import Principle, Region, Theme
from members.models import PartnerOrganisation

from .sources import PAGE_SOURCES
from .synonyms import synonym_groups
from .text import STOPWORDS, canonical, tokenize, variants

MIN_WORD_LENGTH = 4
CUTOFF = 0.8


def build_vocabulary():
    texts = []
    for source in PAGE_SOURCES:
        rows = source.model.objects.live().values_list("title", source.summary_field)
        texts.extend(chain.from_iterable(rows))
    for model in (Theme, Principle, Region, PartnerOrganisation):
        texts.extend(model.objects.values_list("name", flat=True))
    texts.extend(" ".join(group) for group in synonym_groups())
    words = set()
    for text in texts:
        words.update(w for w in tokenize(text) if len(w) >= MIN_WORD_LENGTH and w.isalpha())
    return words - STOPWORDS


def _load_vocabulary():
    words = build_vocabulary()
    by_letter, by_key = {}, {}
    for word in sorted(words):
        by_letter.setdefault(word[0], []).append(word)
        by_key.setdefault(canonical(word), []).append(word)
    return (words, by_key, by_letter)


def vocabulary():
    """(words, {stem key: words}, {first letter: words})."""
    from .catalogue import get_catalogue

    return get_catalogue().derived("vocabulary", _load_vocabulary)


def correction(word, vocab=None):
    """The closest known word when `word` is not one the hub uses, else None."""
    if len(word) < MIN_WORD_LENGTH or not word.isalpha() or word in STOPWORDS:
        return None
    words, by_key, by_letter = vocab or vocabulary()
    if word in words or variants(word) & words:
        return None
    # A misspelling can share its stem with the real word ("procurment", "procurement").
    candidates = by_key.get(canonical(word)) or [
        w for w in by_letter.get(word[0], ()) if abs(len(w) - len(word)) <= 2
    ]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=CUTOFF)
    return matches[0] if matches else None
