"""Spelling suggestions from the hub's own vocabulary (the words of indexed titles and
summaries, the taxonomy and the synonyms), a table every worker shares and a background task
stores again after the index changes."""

import dataclasses
import difflib

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, Subquery
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
    asked = set().union(*forms.values())
    found = _held_and_first(asked)
    if not found:  # nothing at all: the vocabulary was never built on this database
        refresh_vocabulary.call()
        found = _held_and_first(asked)
    return {word for word, word_forms in forms.items() if not word_forms & found}


def _held_and_first(words):
    """The vocabulary's words among `words`, with its first word whatever it is: so an empty
    answer means an empty vocabulary, without a second query to ask."""
    first = VocabularyWord.objects.order_by("word").values("word")[:1]
    rows = VocabularyWord.objects.filter(Q(word__in=words) | Q(word=Subquery(first)))
    return set(rows.values_list("word", flat=True))


def corrections(words, unknown):
    """{word: its correction} for the words whose parts in `unknown` (see `unknown_words`)
    have a close known word, read in one query for them all. A compound is corrected part by
    part ("co-operativ" gives "co-operative")."""
    wrong = {part for word in words for part in word_parts(word) if part in unknown}
    wrong = {part for part in wrong if _checked(part)}
    if not wrong:
        return {}
    # A misspelling can share its stem with the real word ("procurment", "procurement"); else
    # the candidates are the words of about its length with its initial.
    keys = {part: canonical(part) for part in wrong}
    near = Q(key__in=set(keys.values()))
    for part in wrong:
        near |= Q(initial=part[0], length__range=(len(part) - 2, len(part) + 2))
    rows = list(VocabularyWord.objects.filter(near).values_list("word", "key", "initial", "length"))
    fixed = {}
    for part, key in keys.items():
        candidates = [w for w, k, _, _ in rows if k == key] or [
            w
            for w, _, initial, length in rows
            if initial == part[0] and abs(length - len(part)) <= 2
        ]
        if matches := difflib.get_close_matches(part, candidates, n=1, cutoff=CUTOFF):
            fixed[part] = matches[0]
    corrected = {}
    for word in words:
        parts = word_parts(word)
        if (mended := [fixed.get(part, part) for part in parts]) != parts:
            corrected[word] = "-".join(mended)
    return corrected


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
    corrected = corrections([g.label for g in unmatched], unknown)
    if not corrected:
        return None
    query.groups = [
        dataclasses.replace(g, corrections=variants(corrected[g.label]))
        if g.label in corrected
        else g
        for g in query.groups
    ]
    return " ".join(corrected.get(word, word) for word in query.words)
