"""Clean and bound what someone typed, then expand it into groups of equivalent terms.

A term group is one idea in the query ("councils", or "full fibre") with every form that should
match it: singular and plural, British and American spelling, and comms' synonyms. A result's
coverage is the number of groups it matches, so a question's filler words never decide ranking.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property

from .synonyms import find_synonyms
from .text import STOPWORDS, canonical, tokenize, variants, word_parts

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
CONTROL_CHARS_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


@dataclass(frozen=True)
class TermGroup:
    label: str  # the words as typed (normalised), e.g. "councils" or "full fibre"
    words: frozenset  # single-word forms (may include hyphenated compounds)
    phrases: frozenset = frozenset()  # multi-word forms, words separated by spaces
    corrections: frozenset = frozenset()  # spelling corrections from the hub's vocabulary

    @property
    def forms(self):  # every single-word form, the spelling corrections included
        return self.words | self.corrections

    @cached_property
    def keys(self):  # stem keys of the single-word forms, for matching text in Python
        return frozenset(canonical(word) for word in self.forms)

    @cached_property
    def phrase_keys(self):
        return frozenset(
            tuple(canonical(word) for word in phrase.split()) for phrase in self.phrases
        )

    def backend_words(self):  # plain words for any engine: compounds joined ("coop")
        return sorted({"".join(word_parts(word)) for word in self.forms})

    def backend_phrases(self):  # the phrases, and each compound as one ("co op")
        return sorted(
            {*self.multiword_phrases(), *(" ".join(word_parts(w)) for w in self.compounds())}
        )

    def multiword_phrases(self):  # words separated by single spaces ("full fibre")
        return sorted({" ".join(word_parts(phrase.replace(" ", "-"))) for phrase in self.phrases})

    def compounds(self):  # the hyphenated forms ("co-operative"), for engines indexing them whole
        return sorted(word for word in self.words if len(word_parts(word)) > 1)


@dataclass
class CleanQuery:
    text: str  # what we searched for, shown back to the user
    words: list  # every word of `text`
    terms: list  # the words that carry meaning (no stopwords), at most MAX_TERMS
    shortened: bool = False
    groups: list = field(default_factory=list)

    @property
    def normalised(self):
        """The query as logged and counted: lower-case words, single spaces."""
        return " ".join(self.words)[:255]

    def __bool__(self):
        return bool(self.terms)


def clean_query(raw):
    """Bound and clean raw input. Never raises, whatever it is given."""
    text = " ".join(CONTROL_CHARS_RE.sub(" ", raw if isinstance(raw, str) else "").split())
    shortened = False
    if len(text) > MAX_QUERY_CHARS:
        cut = text[:MAX_QUERY_CHARS]
        text = cut.rsplit(" ", 1)[0] if " " in cut[MAX_QUERY_CHARS // 2 :] else cut
        shortened = True
    words = tokenize(text)
    terms = list(dict.fromkeys(word for word in words if word not in STOPWORDS))
    if not terms:
        # A query made only of common words ("who we are") still searches for them.
        terms = list(dict.fromkeys(word for word in words if len(word) > 1))
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS]
        shortened = True
    return CleanQuery(text=text, words=words, terms=terms, shortened=shortened)


def expand(query, synonym_groups):
    terms = query.terms
    groups = []
    covered = set()
    for start, end, alternatives in sorted(
        find_synonyms(terms, synonym_groups), key=lambda m: (m[0], -(m[1] - m[0]))
    ):
        if covered & set(range(start, end)):
            continue
        covered |= set(range(start, end))
        typed = " ".join(terms[start:end])
        words, phrases = set(), set()
        for term in (typed, *alternatives):
            if " " in term:
                phrases.add(term)
            else:
                words |= variants(term)
        groups.append((start, TermGroup(typed, frozenset(words), frozenset(phrases))))
    for index, term in enumerate(terms):
        if index not in covered:
            groups.append(
                (index, TermGroup(term, variants(term) | _closed_compounds(terms, index)))
            )
    query.groups = [group for _, group in sorted(groups, key=lambda pair: pair[0])]
    return query


def _closed_compounds(terms, index):
    """Two words typed apart may be written as one: "home care" is also "homecare", so each of
    the two also matches the joined word."""
    joined = set()
    for start in (index - 1, index):
        pair = terms[start : start + 2] if start >= 0 else []
        if len(pair) == 2 and all(word.isalpha() for word in pair):
            joined |= variants("".join(pair))
    return frozenset(joined)
