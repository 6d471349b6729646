"""Words: tokenising, stopwords, stems and the spelling variants a term should also match, in
Python so they behave the same whatever the engine."""

import re
from functools import lru_cache
from pathlib import Path

# A word, or a hyphenated compound such as "co-op" kept together.
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

WORDS = Path(__file__).resolve().parent / "words"


def _word_list(name):
    lines = (WORDS / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


STOPWORDS = frozenset(_word_list("stopwords.txt"))
# British spelling endings and their American forms, longest first. Used in both directions.
BRITISH_AMERICAN_SUFFIXES = [
    tuple(line.split()) for line in _word_list("british_american_endings.txt")
]
# Nouns that never take -ing or -ed.
NOUN_ENDINGS = ("ment", "tion", "sion", "ity", "ness", "hood", "ship", "ism", "ist", "ance", "ence")
# Words these endings would mangle.
BRITISH_AMERICAN_EXCEPTIONS = frozenset(_word_list("spelling_exceptions.txt"))


@lru_cache(maxsize=1)
def _english():
    # Loaded with the first search or indexing, not at boot: snowballstemmer brings every
    # language's stemmer (about 2 MB a worker), and serving a page stems nothing.
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def tokenize(text):
    """Lower-case words of `text`, hyphenated compounds kept whole."""
    return [match.group(0).lower().replace("’", "'") for match in WORD_RE.finditer(text or "")]


def places(keys, run):
    """Where the sequence `run` stands in `keys`: the start of each place."""
    run, size = tuple(run), len(run)
    return [
        start for start in range(len(keys) - size + 1) if tuple(keys[start : start + size]) == run
    ]


def word_parts(word):
    """A compound's parts: "co-op" gives ["co", "op"]; a plain word gives itself."""
    return [part for part in re.split(r"[-']", word) if part]


def _respellings(word, pairs):
    """`word` with each ending of (ending, other ending) `pairs` it has replaced, in order."""
    if word in BRITISH_AMERICAN_EXCEPTIONS:
        return
    for ending, other in pairs:
        if word.endswith(ending) and (len(word) > len(ending) + 1 or ending.startswith("pro")):
            yield word[: -len(ending)] + other


@lru_cache(maxsize=50_000)
def stem(word):
    """The Snowball English stem, as PostgreSQL's "english" configuration makes it (a query's
    words are stemmed again for each field and each count, so each word's stem is kept)."""
    return _english().stemWord(word.lower())


@lru_cache(maxsize=50_000)
def canonical(word):
    """The key two words share when they should match: same stem, spelling variant folded."""
    word = word.lower().replace("-", "").replace("'", "")
    return _english().stemWord(next(_respellings(word, BRITISH_AMERICAN_SUFFIXES), word))


def _inflections(word):
    forms = {word}
    if len(word) < 3:
        return forms
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith(("ses", "xes", "ches", "shes", "zes")):
        forms.add(word[:-2])
        forms.add(word[:-1])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith(("s", "x", "ch", "sh", "z")):
        forms.add(word + "es")
    elif not word.endswith("s"):
        forms.add(word + "s")
    base = word
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            forms.update({base, base + "e", base + "s"})
    if base == word and len(word) >= 4 and not word.endswith(("s", "y", *NOUN_ENDINGS)):
        stem = word[:-1] if word.endswith("e") else word
        forms.update({stem + "ing", stem + "ed"})
    return forms


@lru_cache(maxsize=10_000)
def variants(word):
    """Surface forms a query word should also match: plural or singular, British or American.

    Candidate forms are generated generously and kept only when they share the word's stem,
    so "councils" gives "council" but never "counsel".
    """
    key = canonical(word)
    both_ways = [pair for b, a in BRITISH_AMERICAN_SUFFIXES for pair in ((b, a), (a, b))]
    forms = set()
    for spelled in {word, *_respellings(word, both_ways)}:
        forms |= {form for form in _inflections(spelled) if canonical(form) == key}
        forms.add(spelled)
    return frozenset(forms)
