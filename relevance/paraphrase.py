"""Whether a paraphrase query really describes its answer in words the answer does not use.

The judged set's "paraphrase" queries stand for people who name a problem by its effect or in
plain English ("lonely pensioners" for social isolation in later life). A paraphrase is only a
fair test of meaning-based search if none of its content words (stopwords aside) appears in
its answer's title, summary or body as the search index holds them. Words are compared after
a light normalisation: the search's own stem and spelling fold (`search.text.canonical`), then
two stems count as one word when they part only in their last two letters ("lone" and
"loneli", so "lonely" matches "loneliness"; "exclud" and "exclus"). A hyphenated
compound is compared whole and by its parts. The comparison leans towards finding a word
present (it takes "medical" and "media" for one), so a query it passes is a true paraphrase.
"""

from itertools import product
from os.path import commonprefix

from search.text import STOPWORDS, canonical, stem, tokenize, word_parts

SHORTEST_STEM = 3  # "old" and "older" are one word; two-letter stems say too little
SHARED_START = 4  # stems that both go on past their shared start share at least this much
DIFFERING_ENDING = 2  # letters at the end of either stem that may differ


def is_stopword(word):
    """A function word: a listed stopword, a form of one ("getting"), or a negative
    contraction ("can't", "doesn't")."""
    return word in STOPWORDS or stem(word) in STOPWORDS or word.endswith(("n't", "n’t"))


def word_stems(word):
    """The stems a word is compared by: the whole word's, and each content part's of a
    hyphenated compound ("tick-box" gives "tickbox", "tick" and "box")."""
    parts = word_parts(word)
    stems = {canonical(word)}
    if len(parts) > 1:
        stems.update(canonical(part) for part in parts if not is_stopword(part))
    return {found for found in stems if len(found) >= SHORTEST_STEM}


def content_word_stems(text):
    """{word: its stems} for every content word of `text`."""
    return {
        word: word_stems(word)
        for word in tokenize(text)
        if not is_stopword(word) and word_stems(word)
    }


def same_word(first, second):
    """Whether two stems are taken for one word: one is the other with at most two more
    letters ("lone" and "loneli"), or they share a start of four letters or more and part only
    in their last two ("hunger" and "hungri", "exclud" and "exclus")."""
    shared = len(commonprefix([first, second]))
    shortest = SHORTEST_STEM if shared == min(len(first), len(second)) else SHARED_START
    return shared >= shortest and all(
        len(found) - shared <= DIFFERING_ENDING for found in (first, second)
    )


def shared_words(query, text):
    """{query word: the word of `text` it matches} for each content word of `query` that
    `text` also uses, in query order."""
    words_by_stem = {}
    for word, stems in content_word_stems(text).items():
        for found in stems:
            words_by_stem.setdefault(found, word)
    shared = {}
    for word, stems in content_word_stems(query).items():
        for mine, theirs in product(sorted(stems), words_by_stem):
            if same_word(mine, theirs):
                shared[word] = words_by_stem[theirs]
                break
    return shared


def indexed_text(type_, title):
    """The title, summary and body the search index holds for the live item of this type and
    title ("" when there is none)."""
    from searchindex.models import IndexedItem

    items = IndexedItem.objects.filter(type=type_, title=title)
    return "\n".join(
        part for item in items for part in (item.title, item.summary, item.body) if part
    )
