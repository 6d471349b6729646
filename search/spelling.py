"""Spelling suggestions from the hub's own vocabulary: the titles and summaries of what is
indexed, the taxonomy and the synonyms. Kept in the shared cache; writing the index renews it."""

import difflib

from django.core.cache import cache
from django.db import transaction

from core.models import Principle, Region, Theme
from members.models import PartnerOrganisation

from .models import IndexedItem
from .synonyms import synonym_groups
from .text import STOPWORDS, canonical, tokenize, variants, word_parts

CACHE_KEY = "search:vocabulary"
QUEUED_KEY = "search:vocabulary-queued"
QUEUED_SECONDS = 30
MIN_WORD_LENGTH = 4
CUTOFF = 0.8


def build_vocabulary():
    texts = []
    for title, summary in IndexedItem.objects.filter(kind="page").values_list("title", "summary"):
        texts.extend((title, summary))
    for model in (Theme, Principle, Region, PartnerOrganisation):
        texts.extend(model.objects.values_list("name", flat=True))
    texts.extend(" ".join(group) for group in synonym_groups())
    words = set()
    for text in texts:
        parts = (part for word in tokenize(text) for part in word_parts(word))
        words.update(w for w in parts if len(w) >= MIN_WORD_LENGTH and w.isalpha())
    return words - STOPWORDS


def _arranged(words):
    by_letter, by_key = {}, {}
    for word in sorted(words):
        by_letter.setdefault(word[0], []).append(word)
        by_key.setdefault(canonical(word), []).append(word)
    return (words, by_key, by_letter)


def vocabulary():
    """(words, {stem key: words}, {first letter: words}), shared by every worker. Built here only
    the first time; after the index changes a background task builds it again (reading every
    title takes a second at 10,000 pages, which no search should wait for), and searches use
    the one before until then."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = refresh_vocabulary()
    return found


def refresh_vocabulary():
    cache.delete(QUEUED_KEY)  # changes from now on ask for another refresh
    found = _arranged(build_vocabulary())
    cache.set(CACHE_KEY, found, timeout=None)
    return found


def vocabulary_changed():
    """Ask for the vocabulary to be built again once this transaction commits (at most one
    request queued at a time)."""
    from .tasks import refresh_vocabulary as task

    def enqueue():
        if cache.add(QUEUED_KEY, True, timeout=QUEUED_SECONDS):
            task.enqueue()

    transaction.on_commit(enqueue)


def correction(word, vocab=None):
    """The closest known word when `word` is not one the hub uses, else None. A compound is
    corrected part by part ("co-operativ" gives "co-operative")."""
    parts = word_parts(word)
    if len(parts) > 1:
        vocab = vocab or vocabulary()
        fixed = [correction(part, vocab) or part for part in parts]
        return "-".join(fixed) if fixed != parts else None
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
