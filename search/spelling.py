"""Spelling suggestions from the hub's own vocabulary (the words of indexed titles and
summaries, the taxonomy and the synonyms), a table every worker shares and a background task
stores again after the index changes."""

import dataclasses
import difflib

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django_tasks import task

from core.models import Principle, Region, Theme
from members.models import PartnerOrganisation
from searchindex.models import IndexedItem

from .models import VocabularyWord
from .synonyms import synonym_groups
from .text import STOPWORDS, canonical, tokenize, variants, word_parts

STALE_KEY = "search:vocabulary-stale"
QUEUED_KEY = "search:vocabulary-queued"
QUEUED_SECONDS = 30  # at most one rebuild asked for in this time, however much changes
MIN_WORD_LENGTH = 4
CUTOFF = 0.8


def build_vocabulary():
    pages = IndexedItem.objects.filter(kind="page").values_list("title", "summary")
    texts = [text for row in pages for text in row]
    for model in (Theme, Principle, Region, PartnerOrganisation):
        texts.extend(model.objects.values_list("name", flat=True))
    texts.extend(" ".join(group) for group in synonym_groups())
    return {
        part for text in texts for w in tokenize(text) for part in word_parts(w) if _checked(part)
    }


@task()
def refresh_vocabulary():
    cache.delete(STALE_KEY)  # changes from now on make it stale again
    rows = [
        VocabularyWord(word=word, key=canonical(word)[:64], initial=word[0], length=len(word))
        for word in sorted(build_vocabulary())
        if len(word) <= 64
    ]
    with transaction.atomic():
        VocabularyWord.objects.all().delete()
        VocabularyWord.objects.bulk_create(rows, batch_size=1000)


def vocabulary_changed(**kwargs):
    """Mark the vocabulary stale once this transaction commits, and ask a background task to
    build it again (a second at 10,000 pages, which no search should wait for): a burst of
    changes asks once, and a later change is picked up by the next rebuild asked for."""

    def mark():
        cache.set(STALE_KEY, True, timeout=None)
        _refresh_if_stale()

    transaction.on_commit(mark)


def _refresh_if_stale():
    if cache.get(STALE_KEY) and cache.add(QUEUED_KEY, True, timeout=QUEUED_SECONDS):
        refresh_vocabulary.enqueue()


def _checked(word):  # whether a spelling suggestion could apply to `word` at all
    return len(word) >= MIN_WORD_LENGTH and word.isalpha() and word not in STOPWORDS


def unknown_words(words):
    """The words (compounds by their parts) the hub's vocabulary does not hold, in one query."""
    forms = {word: variants(word) | {word} for word in words if _checked(word)}
    if not forms:
        return set()
    _refresh_if_stale()
    words = VocabularyWord.objects.filter(word__in=set().union(*forms.values()))
    known = set(words.values_list("word", flat=True))
    if not known and not VocabularyWord.objects.exists():  # never built on this database
        refresh_vocabulary.call()
        known = set(words.values_list("word", flat=True))
    return {word for word, word_forms in forms.items() if not word_forms & known}


def correction(word):
    """The closest known word to an unknown one (see `unknown_words`), or None. A compound is
    corrected part by part ("co-operativ" gives "co-operative")."""
    parts = word_parts(word)
    if len(parts) > 1:
        unknown = unknown_words(parts)
        fixed = [(correction(part) or part) if part in unknown else part for part in parts]
        return "-".join(fixed) if fixed != parts else None
    if not _checked(word):
        return None
    # A misspelling can share its stem with the real word ("procurment", "procurement"); else
    # the candidates are the words of about its length with its initial.
    key = canonical(word)
    rows = VocabularyWord.objects.filter(
        Q(key=key) | Q(initial=word[0], length__range=(len(word) - 2, len(word) + 2))
    )
    rows = list(rows.values_list("word", "key"))
    candidates = [w for w, k in rows if k == key] or [w for w, _ in rows]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=CUTOFF)
    return matches[0] if matches else None


def correct(query, engine):
    """Add spelling corrections to the groups of words the hub's vocabulary does not know and
    nothing in the index contains: a word found in the hub's text is never "corrected" (so
    "shops" stays "shops"). The corrected query, or None."""
    checked = [
        g
        for g in query.groups
        if " " not in g.label and not g.phrases and any(map(_checked, word_parts(g.label)))
    ]
    if not checked:
        return None
    if engine.keeps_matches:  # counting first costs nothing: the search reuses the matches
        counts = dict(zip(query.groups, engine.group_counts(query.groups), strict=True))
        checked = [g for g in checked if not counts[g]]
    unknown = unknown_words({part for g in checked for part in word_parts(g.label)})
    unmatched = [g for g in checked if unknown.intersection(word_parts(g.label))]
    if unmatched and not engine.keeps_matches:
        counts = engine.group_counts(unmatched)
        unmatched = [g for g, count in zip(unmatched, counts, strict=True) if not count]
    corrected = {g.label: fixed for g in unmatched if (fixed := correction(g.label))}
    if not corrected:
        return None
    query.groups = [
        dataclasses.replace(g, corrections=variants(corrected[g.label]))
        if g.label in corrected
        else g
        for g in query.groups
    ]
    return " ".join(corrected.get(word, word) for word in query.words)
