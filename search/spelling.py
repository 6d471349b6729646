"""Spelling suggestions from the hub's own vocabulary: the titles and summaries of what is
indexed, the taxonomy and the synonyms. Kept in the shared cache; writing the index renews it."""

import difflib

from core.models import Principle, Region, Theme
from members.models import PartnerOrganisation

from . import index_version
from .models import IndexedItem
from .synonyms import synonym_groups
from .text import STOPWORDS, canonical, tokenize, variants, word_parts

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
    """(words, {stem key: words}, {first letter: words})."""
    return index_version.cached("vocabulary", lambda: _arranged(build_vocabulary()))


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
