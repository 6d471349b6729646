"""Words: tokenising, stopwords, stems and the spelling variants a term should also match.

These rules run in Python so they behave the same whatever search backend is configured.
"""

import re
from functools import lru_cache

import snowballstemmer
from django.utils.html import strip_tags

# A word, or a hyphenated compound such as "co-op" kept together.
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "example",
        "examples",
        "few",
        "find",
        "for",
        "from",
        "further",
        "get",
        "got",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "show",
        "so",
        "some",
        "such",
        "tell",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "ve",
        "ll",
        "re",
        "s",
        "t",
        "d",
        "m",
    ]
)

# British spelling endings and their American forms, longest first. Used in both directions.
BRITISH_AMERICAN_SUFFIXES = [
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yse", "yze"),
    ("ours", "ors"),
    ("our", "or"),
    ("ourhood", "orhood"),
    ("ourhoods", "orhoods"),
    ("tres", "ters"),
    ("tre", "ter"),
    ("bres", "bers"),
    ("bre", "ber"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("ence", "ense"),
    ("elled", "eled"),
    ("elling", "eling"),
    ("eller", "eler"),
    ("ellers", "elers"),
    ("programmes", "programs"),
    ("programme", "program"),
]
# Nouns that never take -ing or -ed.
NOUN_ENDINGS = ("ment", "tion", "sion", "ity", "ness", "hood", "ship", "ism", "ist", "ance", "ence")
# Words these endings would mangle.
BRITISH_AMERICAN_EXCEPTIONS = frozenset(
    [
        "our",
        "four",
        "hour",
        "your",
        "pour",
        "tour",
        "flour",
        "sour",
        "course",
        "source",
        "resource",
        "resources",
        "enterprise",
        "enterprises",
        "exercise",
        "exercises",
        "expertise",
        "promise",
        "promises",
        "premise",
        "premises",
        "compromise",
        "franchise",
        "advise",
        "wise",
        "otherwise",
        "rise",
        "arise",
        "surprise",
        "comprise",
        "comprises",
        "devise",
        "revise",
        "supervise",
        "televise",
        "merchandise",
        "concise",
        "precise",
        "paradise",
        "noise",
        "raise",
        "praise",
        "poise",
        "cruise",
        "treatise",
        "despise",
        "chastise",
        "improvise",
        "disguise",
        "circumcise",
        "excise",
        "incise",
        "more",
        "store",
        "before",
        "score",
        "adore",
        "centre",
        "centres",
        "science",
        "sciences",
        "audience",
        "audiences",
        "evidence",
        "experience",
        "experiences",
        "difference",
        "differences",
        "conference",
        "conferences",
        "confidence",
        "independence",
        "influence",
        "sentence",
        "presence",
        "absence",
        "silence",
        "sequence",
        "consequence",
        "residence",
        "residences",
        "existence",
        "preference",
        "reference",
        "references",
        "licence",
        "defence",
        "offence",
        "pretence",
    ]
) - {"centre", "centres", "licence", "defence", "offence", "pretence"}

_stemmer = snowballstemmer.stemmer("english")


def tokenize(text):
    """Lower-case words of `text`, hyphenated compounds kept whole."""
    return [match.group(0).lower().replace("’", "'") for match in WORD_RE.finditer(text or "")]


def word_parts(word):
    """A compound's parts: "co-op" gives ["co", "op"]; a plain word gives itself."""
    return [part for part in re.split(r"[-']", word) if part]


def americanize(word):
    if word in BRITISH_AMERICAN_EXCEPTIONS:
        return word
    for british, american in BRITISH_AMERICAN_SUFFIXES:
        if word.endswith(british) and (len(word) > len(british) + 1 or british.startswith("pro")):
            return word[: -len(british)] + american
    return word


@lru_cache(maxsize=50_000)
def canonical(word):
    """The key two words share when they should match: same stem, spelling variant folded."""
    word = word.lower().replace("-", "").replace("'", "")
    return _stemmer.stemWord(americanize(word))


def _spelling_forms(word):
    forms = {word}
    if word in BRITISH_AMERICAN_EXCEPTIONS:
        return forms
    for british, american in BRITISH_AMERICAN_SUFFIXES:
        for a, b in ((british, american), (american, british)):
            if word.endswith(a) and (len(word) > len(a) + 1 or a.startswith("pro")):
                forms.add(word[: -len(a)] + b)
    return forms


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
    forms = set()
    for spelled in _spelling_forms(word):
        forms |= {form for form in _inflections(spelled) if canonical(form) == key}
        forms.add(spelled)
    return frozenset(forms)


def strip_html(value):
    return " ".join(strip_tags(str(value or "")).split())
