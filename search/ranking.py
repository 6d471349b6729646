"""The hub's own ranking, the same on every backend.

The backend says which items match each term group; this adds what users notice: matching every
idea in the query beats matching one many times, rarer ideas count for more, a title or summary
match outweighs a mention deep in a body, and the words in the order typed (a phrase) or a title
equal to the query come first.

Items are catalogue numbers and the work is done on sets, so a common word matching thousands of
items stays cheap: each match's score comes from which groups it matched and whether in its title
or summary (from the catalogue's word indexes); only the best `CANDIDATES` are then checked for
the phrase and exact-title bonuses. Bonuses only add, so those candidates stay ahead of the rest.
"""

import math

TITLE_WEIGHT = 3.0
SUMMARY_WEIGHT = 1.0
PHRASE_IN_TITLE_BONUS = 2.0
PHRASE_IN_SUMMARY_BONUS = 1.0
EXACT_TITLE_BONUS = 4.0
CANDIDATES = 200


def group_weight(matching, total):
    """Inverse document frequency: an idea few items mention tells more than a common one."""
    return math.log(1 + (total + 1) / (matching + 0.5))


def _contains_sequence(keys, sequence):
    size = len(sequence)
    return any(tuple(keys[i : i + size]) == sequence for i in range(len(keys) - size + 1))


def in_order(keys, groups):
    """True when some form of each group appears one after another, as typed."""
    if len(groups) < 2:
        return False
    for start, key in enumerate(keys):
        if key in groups[0].keys and all(
            start + offset < len(keys) and keys[start + offset] in group.keys
            for offset, group in enumerate(groups[1:], start=1)
        ):
            return True
    return False


def exact_title(title_keys, groups):
    return len(title_keys) == len(groups) and all(
        any(key in group.keys for group in groups) for key in title_keys
    )


def word_hits(catalogue, index, keys_attribute, group):
    """Numbers of the items whose title (or summary) holds some form of the group."""
    found = set()
    for key in group.keys:
        found |= index.get(key, set())
    for phrase in group.phrase_keys:
        having_all = set.intersection(*(index.get(key, set()) for key in phrase))
        found |= {
            number
            for number in having_all
            if _contains_sequence(getattr(catalogue.items[number], keys_attribute), phrase)
        }
    return found


class Ranker:
    """Ranks items for a query. `hits[i]` is the set of item numbers the backend matched for
    `groups[i]`."""

    def __init__(self, catalogue, groups, hits):
        self.catalogue = catalogue
        self.groups = groups
        self.hits = hits
        self.weights = [group_weight(len(found), catalogue.size) for found in hits]
        self.weight_sum = sum(self.weights) or 1.0
        self.mean_weight = self.weight_sum / max(len(self.weights), 1)

    def scores(self, numbers):
        """{item number: score} for the items in `numbers` (each matches some group)."""
        catalogue = self.catalogue
        matched = dict.fromkeys(numbers, 0.0)  # the summed weight of the groups each matches
        extra = {}  # title and summary matches
        for group, weight, found in zip(self.groups, self.weights, self.hits, strict=True):
            in_title = word_hits(catalogue, catalogue.title_index, "title_keys", group) & numbers
            in_summary = (
                word_hits(catalogue, catalogue.summary_index, "summary_keys", group) & numbers
            )
            if not found <= numbers:  # some matches are hidden from this user
                found = found & numbers
            for number in found.union(in_title, in_summary):
                matched[number] += weight
            for number in in_title:
                extra[number] = extra.get(number, 0.0) + TITLE_WEIGHT * weight
            for number in in_summary:
                extra[number] = extra.get(number, 0.0) + SUMMARY_WEIGHT * weight
        self.matched = matched
        total = self.weight_sum
        # `_finish`, written out: this runs for every match.
        return {
            number: (weight + extra.get(number, 0.0)) * (0.25 + (weight / total) ** 2)
            for number, weight in matched.items()
        }

    def _finish(self, score, matched_weight):
        # Coverage weighted by rarity: matching "energy" in "how can councils support community
        # energy" counts for more than matching "councils".
        coverage = matched_weight / self.weight_sum
        return score * (0.25 + coverage * coverage)

    def bonus(self, item):
        bonus = 0.0
        if in_order(item.title_keys, self.groups):
            bonus += PHRASE_IN_TITLE_BONUS * self.mean_weight
        elif in_order(item.summary_keys, self.groups):
            bonus += PHRASE_IN_SUMMARY_BONUS * self.mean_weight
        if exact_title(item.title_keys, self.groups):
            bonus += EXACT_TITLE_BONUS * self.mean_weight
        return bonus

    def rank(self, numbers):
        """(item numbers best first, {number: score})."""
        scores = self.scores(numbers)
        order = [number for number in self.catalogue.in_title_order if number in numbers]
        order.sort(key=scores.__getitem__, reverse=True)  # stable: ties stay in title order
        candidates = order[:CANDIDATES]
        for number in candidates:
            bonus = self.bonus(self.catalogue.items[number])
            if bonus:
                matched = self.matched[number]
                scores[number] += self._finish(bonus, matched)
        chosen = set(candidates)
        candidates = [number for number in self.catalogue.in_title_order if number in chosen]
        candidates.sort(key=scores.__getitem__, reverse=True)
        return candidates + order[CANDIDATES:], scores
