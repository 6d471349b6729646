"""The database engines' ranking (OpenSearch boosts the same signals, searchserver/bodies.py):
matching every idea in the query beats matching one many times, rarer ideas count for more, a
title or summary match outweighs a mention in a body, and the words in the order typed or a
title equal to the query come first. Scores come from sets of item ids, so a common word stays
cheap; only the best `CANDIDATES` are read for the bonuses, which only add.
"""

import heapq
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from .text import canonical, tokenize

TITLE_WEIGHT = 3.0
SUMMARY_WEIGHT = 1.0
PHRASE_IN_TITLE_BONUS = 2.0
PHRASE_IN_SUMMARY_BONUS = 1.0
EXACT_TITLE_BONUS = 4.0
CANDIDATES = 200


@dataclass
class GroupMatches:
    """The ids of the items matching one term group: anywhere, in the title, in the summary."""

    anywhere: set = field(default_factory=set)
    title: set = field(default_factory=set)
    summary: set = field(default_factory=set)


def in_every(matches, field_name):
    """The ids matching every group (`matches`: GroupMatches) in one field of GroupMatches."""
    return set.intersection(*(getattr(m, field_name) for m in matches)) if matches else set()


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


class RegionScores(Mapping):
    """{id: score} of every ranked id, without a step for each: the ids of a region (`_regions`)
    share one score, and the candidates' own, bonuses added, are kept apart. Looking an id up
    finds its region; `as_dict` makes the whole mapping, for an order beyond the candidates."""

    def __init__(self, regions, own):
        self.regions = regions  # [(ids, score)], disjoint
        self.own = own  # {id: score}: the candidates'

    def __getitem__(self, item):
        if item in self.own:
            return self.own[item]
        for ids, score in self.regions:
            if item in ids:
                return score
        raise KeyError(item)

    def __iter__(self):
        for ids, _ in self.regions:
            yield from ids

    def __len__(self):
        return sum(len(ids) for ids, _ in self.regions)

    def as_dict(self):
        scores = {}
        for ids, score in self.regions:
            scores.update(dict.fromkeys(ids, score))
        scores.update(self.own)
        return scores


@dataclass
class Ranking:
    """Scores, and the order of the best candidates after their bonuses (equal scores there go
    in title order); every other item follows by score, then id."""

    scores: Mapping  # {id: score}, a RegionScores from `rank`
    candidates: list  # the best ids, in their order after the bonuses
    # The score of an item holding every group in its title (bonuses aside): what a keyword
    # score is measured against when it is fused with similarity (search.fusion).
    ceiling: float = 1.0

    @cached_property
    def positions(self):
        return {item: place for place, item in enumerate(self.candidates)}

    @cached_property
    def _every_score(self):
        # Ordering beyond the candidates looks up every id: one dict, made when first needed.
        return self.scores.as_dict() if isinstance(self.scores, RegionScores) else self.scores

    def _key(self, item):
        return (-self._every_score[item], self.positions.get(item, CANDIDATES), item)

    def best(self, ids, offset, limit):
        """The ids of `ids` at places offset…offset+limit. Bonuses only add, so every candidate
        comes before every other item: a page among the candidates needs no look at the rest."""
        leading = [item for item in self.candidates if item in ids]
        if offset + limit <= len(leading):
            return leading[offset : offset + limit]
        return heapq.nsmallest(offset + limit, ids, key=self._key)[offset:]

    def order(self, ids=None):
        return sorted(self.scores if ids is None else ids, key=self._key)


def _regions(ids, weights, matches):
    """[(ids, matched weight, extra weight)]: `ids` split by which groups each matches anywhere,
    in its title and in its summary. Every id of a region has the same score, its weights summed
    group by group in the same order as for one item, so that a search costs set operations
    (each on the ids a group matches) rather than Python steps for every match."""
    regions = [(ids, 0.0, 0.0)]
    for weight, found in zip(weights, matches, strict=True):
        for held, factor in (
            (found.anywhere, None),
            (found.title, TITLE_WEIGHT),
            (found.summary, SUMMARY_WEIGHT),
        ):
            split = []
            for region, matched, extra in regions:
                if inside := region & held:
                    region -= inside
                    if factor is None:
                        split.append((inside, matched + weight, extra))
                    else:
                        split.append((inside, matched, extra + factor * weight))
                if region:
                    split.append((region, matched, extra))
            regions = split
    return regions


def rank(groups, matches, size, visible, read_texts):
    """The Ranking of the `visible` ids: `matches[i]` is the GroupMatches of `groups[i]`, `size`
    the index's, and `read_texts(ids)` gives {id: (title, summary)} of the best candidates."""
    # Inverse document frequency: an idea few items mention tells more than a common one.
    weights = [math.log(1 + (size + 1) / (len(found.anywhere) + 0.5)) for found in matches]
    weight_sum = sum(weights) or 1.0
    mean_weight = weight_sum / max(len(weights), 1)

    def finish(score, weight):
        # Coverage weighted by rarity: matching "energy" in "how can councils support
        # community energy" counts for more than matching "councils".
        return score * (0.25 + (weight / weight_sum) ** 2)

    shared, by_score = [], {}  # shared: [(ids, score)] of the regions
    for ids, weight, extra in _regions(set(visible), weights, matches):
        score = finish(weight + extra, weight)
        shared.append((ids, score))
        by_score.setdefault(score, []).append((ids, weight))
    candidates = []  # the best by score, then id
    scores, matched = {}, {}  # the candidates': matched, the summed weight of their groups
    for score in sorted(by_score, reverse=True):
        room = CANDIDATES - len(candidates)
        if room <= 0:
            break
        tied = set().union(*(ids for ids, _ in by_score[score]))
        chosen = sorted(tied) if len(tied) <= room else heapq.nsmallest(room, tied)
        candidates += chosen
        scores.update(dict.fromkeys(chosen, score))
        for ids, weight in by_score[score]:
            matched.update(dict.fromkeys(ids.intersection(chosen), weight))
    # Only a title (or summary) the engine found every group in can hold the query in order or
    # be the query itself: those few are read and checked.
    in_every_title, in_every_summary = in_every(matches, "title"), in_every(matches, "summary")
    complete = [item for item in candidates if item in in_every_title or item in in_every_summary]
    texts = read_texts(candidates) if candidates else {}
    phrase = phrase_pattern(groups)
    for item in complete:
        title, summary = texts.get(item, ("", ""))
        bonus = 0.0
        if phrase and item in in_every_title and phrase.search(title):
            bonus += PHRASE_IN_TITLE_BONUS * mean_weight
        elif phrase and item in in_every_summary and phrase.search(summary):
            bonus += PHRASE_IN_SUMMARY_BONUS * mean_weight
        if (
            item in in_every_title
            and len(keys := text_keys(title)) == len(groups)
            and all(any(key in group.keys for group in groups) for key in keys)
        ):
            bonus += EXACT_TITLE_BONUS * mean_weight
        if bonus:
            scores[item] += finish(bonus, matched[item])
    candidates.sort(key=lambda item: (-scores[item], texts.get(item, ("",))[0].lower(), item))
    ceiling = finish(weight_sum * (1 + TITLE_WEIGHT), weight_sum)
    return Ranking(RegionScores(shared, scores), candidates, ceiling)
