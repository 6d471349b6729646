"""The database engines' ranking (OpenSearch boosts the same signals, searchserver/bodies.py):
matching every idea in the query beats matching one many times, rarer ideas count for more, a
title or summary match outweighs a mention in a body, and the words in the order typed or a
title equal to the query come first. Scores are worked out for every item at once from the
masks of the items each group matches (search.idmasks), so a common word stays cheap; only the
best `CANDIDATES` are read for the bonuses, which only add.
"""

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from . import idmasks
from .text import canonical, tokenize

TITLE_WEIGHT = 3.0
SUMMARY_WEIGHT = 1.0
PHRASE_IN_TITLE_BONUS = 2.0
PHRASE_IN_SUMMARY_BONUS = 1.0
EXACT_TITLE_BONUS = 4.0
CANDIDATES = 200


@dataclass
class GroupMatches:
    """The items matching one term group, as masks (search.idmasks): anywhere (title, summary
    or body), in the title, in the summary."""

    anywhere: np.ndarray
    title: np.ndarray
    summary: np.ndarray


def in_every(matches, field_name, length):
    """The mask of the items matching every group (`matches`: GroupMatches) in one field."""
    return idmasks.every((getattr(m, field_name) for m in matches), length)


def text_keys(text):
    """The stem keys of a text's words, in order: compounds whole ("co-op" gives "coop")."""
    return tuple(canonical(word) for word in tokenize(text))


def phrase_pattern(groups):
    """A pattern finding some form of each group one after another, as typed, or None for a
    single group. Forms are matched as written, so a hyphen in one also matches a space or
    nothing ("community-led", "community led"); anything but letters may sit between words."""
    if len(groups) < 2:
        return None
    parts = []
    for group in groups:
        forms = sorted(group.forms, key=len, reverse=True)
        escaped = (re.escape(form).replace(r"\-", r"[-\s]?") for form in forms)
        parts.append("(?:" + "|".join(escaped) + ")")
    return re.compile(r"(?<!\w)" + r"[\W_]+".join(parts) + r"(?!\w)", re.IGNORECASE)


def _best_by_score(scores, mask, wanted):
    """The first `wanted` ids of `mask`, best score first (`scores`: an array by id), equal
    scores by id."""
    found = np.flatnonzero(mask)
    if wanted <= 0 or not len(found):
        return []
    held = scores[found]
    if len(found) > wanted:
        # Only the ids scoring at least the `wanted`-th best are sorted.
        least = np.partition(held, len(found) - wanted)[len(found) - wanted]
        found, held = found[held >= least], held[held >= least]
    return found[np.lexsort((found, -held))[:wanted]].tolist()


class Scores(Mapping):
    """{id: score} of every ranked id: the scores of all items as one array by id (`base`),
    the ranked ones marked (`ranked`), and the candidates' own, bonuses added, kept apart."""

    def __init__(self, base, ranked, own):
        self.base = base
        self.ranked = ranked
        self.own = own  # {id: score}: the candidates'

    def __getitem__(self, item):
        if item in self.own:
            return self.own[item]
        if 0 <= item < len(self.ranked) and self.ranked[item]:
            return float(self.base[item])
        raise KeyError(item)

    def __iter__(self):
        return iter(idmasks.ids(self.ranked))

    def __len__(self):
        return idmasks.count(self.ranked)


@dataclass
class Ranking:
    """Scores, and the order of the best candidates after their bonuses (equal scores there go
    in title order); every other item follows by score, then id."""

    scores: Scores
    candidates: list  # the best ids, in their order after the bonuses
    # The score of an item holding every group in its title (bonuses aside): what a keyword
    # score is measured against when it is fused with similarity (search.fusion).
    ceiling: float = 1.0

    @cached_property
    def _candidate_mask(self):
        return idmasks.of(self.candidates, len(self.scores.ranked))

    def best(self, ids, offset, limit):
        """The ids of the mask `ids` at places offset…offset+limit. Bonuses only add, so every
        candidate comes before every other item: a page among the candidates needs no look at
        the rest."""
        leading = [item for item in self.candidates if ids[item]]
        if offset + limit <= len(leading):
            return leading[offset : offset + limit]
        rest = ids & self.scores.ranked & ~self._candidate_mask
        following = _best_by_score(self.scores.base, rest, offset + limit - len(leading))
        return (leading + following)[offset:]

    def order(self, ids=None):
        """Every ranked id of the mask `ids` (all of them when None), best first."""
        ids = self.scores.ranked if ids is None else ids
        return self.best(ids, 0, idmasks.count(ids))


def rank(groups, matches, size, visible, read_texts):
    """The Ranking of the ids of the mask `visible`: `matches[i]` is the GroupMatches of
    `groups[i]`, `size` the index's, and `read_texts(ids)` gives {id: (title, summary)} of the
    best candidates."""
    length = len(visible)
    # Inverse document frequency: an idea few items mention tells more than a common one.
    weights = [
        math.log(1 + (size + 1) / (idmasks.count(found.anywhere) + 0.5)) for found in matches
    ]
    weight_sum = sum(weights) or 1.0
    mean_weight = weight_sum / max(len(weights), 1)

    def finish(score, weight):
        # Coverage weighted by rarity: matching "energy" in "how can councils support
        # community energy" counts for more than matching "councils".
        return score * (0.25 + (weight / weight_sum) ** 2)

    # Every item's weights are summed group by group in the same order, so items matching
    # alike score exactly alike (their order is then by id, and after the bonuses by title).
    # A weight times a mask is the weight where it is set and 0.0 elsewhere, and adding 0.0
    # changes no sum: the same scores as adding at the mask's places, in one pass over the
    # index rather than picking the places out (a fifth of the time for a common word).
    matched, extra = np.zeros(length), np.zeros(length)
    for weight, found in zip(weights, matches, strict=True):
        matched += weight * found.anywhere
        extra += (TITLE_WEIGHT * weight) * found.title
        extra += (SUMMARY_WEIGHT * weight) * found.summary
    base = finish(matched + extra, matched)
    candidates = _best_by_score(base, visible, CANDIDATES)
    scores = {item: float(base[item]) for item in candidates}
    # Only a title (or summary) the engine found every group in can hold the query in order or
    # be the query itself: those few are read and checked.
    in_every_title = in_every(matches, "title", length)
    in_every_summary = in_every(matches, "summary", length)
    complete = [item for item in candidates if in_every_title[item] or in_every_summary[item]]
    texts = read_texts(candidates) if candidates else {}
    phrase = phrase_pattern(groups)
    for item in complete:
        title, summary = texts.get(item, ("", ""))
        bonus = 0.0
        if phrase and in_every_title[item] and phrase.search(title):
            bonus += PHRASE_IN_TITLE_BONUS * mean_weight
        elif phrase and in_every_summary[item] and phrase.search(summary):
            bonus += PHRASE_IN_SUMMARY_BONUS * mean_weight
        if (
            in_every_title[item]
            and len(keys := text_keys(title)) == len(groups)
            and all(any(key in group.keys for group in groups) for key in keys)
        ):
            bonus += EXACT_TITLE_BONUS * mean_weight
        if bonus:
            scores[item] += finish(bonus, float(matched[item]))
    candidates.sort(key=lambda item: (-scores[item], texts.get(item, ("",))[0].lower(), item))
    ceiling = finish(weight_sum * (1 + TITLE_WEIGHT), weight_sum)
    return Ranking(Scores(base, visible, scores), candidates, ceiling)
