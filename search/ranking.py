"""The hub's own ranking, the same on every backend.

The backend says which items match each term group and in what order; these functions add what
users notice: matching every idea in the query beats matching one many times, rarer ideas count
for more, a title or summary match outweighs a mention deep in a body, and the words in the order
typed (a phrase) or a title equal to the query come first.
"""

import math
from functools import lru_cache

from .text import canonical, tokenize

TITLE_WEIGHT = 3.0
SUMMARY_WEIGHT = 1.0
BACKEND_RANK_WEIGHT = 0.5
PHRASE_IN_TITLE_BONUS = 2.0
PHRASE_IN_SUMMARY_BONUS = 1.0
EXACT_TITLE_BONUS = 4.0


@lru_cache(maxsize=20_000)
def text_keys(text):
    """The stem keys of a text's words, in order (cached: titles recur across searches)."""
    return tuple(canonical(word) for word in tokenize(text))


def group_weight(matching, total):
    """Inverse document frequency: an idea few items mention tells more than a common one."""
    return math.log(1 + (total + 1) / (matching + 0.5))


def matches_group(keys, key_set, group):
    if group.keys & key_set:
        return True
    return any(_contains_sequence(keys, phrase) for phrase in group.phrase_keys)


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


def score_item(item, groups, weights, group_sizes):
    """A relevance score for one item (higher is better)."""
    title_keys = text_keys(item.title)
    summary_keys = text_keys(item.summary)
    title_set, summary_set = set(title_keys), set(summary_keys)
    score = 0.0
    matched = 0
    matched_weight = 0.0
    for index, group in enumerate(groups):
        weight = weights[index]
        in_title = matches_group(title_keys, title_set, group)
        in_summary = matches_group(summary_keys, summary_set, group)
        rank = item.group_ranks.get(index)
        if rank is None and not (in_title or in_summary):
            continue
        matched += 1
        matched_weight += weight
        if rank is not None:
            size = max(group_sizes[index], 1)
            score += weight * (1.0 + BACKEND_RANK_WEIGHT * (1 - rank / size))
        if in_title:
            score += TITLE_WEIGHT * weight
        if in_summary:
            score += SUMMARY_WEIGHT * weight
    if not matched:
        return 0.0
    mean_weight = sum(weights) / len(weights)
    if in_order(title_keys, groups):
        score += PHRASE_IN_TITLE_BONUS * mean_weight
    elif in_order(summary_keys, groups):
        score += PHRASE_IN_SUMMARY_BONUS * mean_weight
    if len(title_keys) == len(groups) and all(
        any(key in g.keys for g in groups) for key in title_keys
    ):
        score += EXACT_TITLE_BONUS * mean_weight
    # Coverage weighted by rarity: matching "energy" in "how can councils support community
    # energy" counts for more than matching "councils".
    coverage = matched_weight / sum(weights)
    return score * (0.25 + coverage * coverage)


MAX_CANDIDATES = 500


def best_candidates(ranks_by_key, group_count, total, limit=MAX_CANDIDATES):
    """The keys worth loading and ranking in full: all of them when there are few, else the
    `limit` best by a cheap score from the backend alone (rarity-weighted groups matched and
    their backend rank). This bounds the work for common words over a large hub; the results,
    their count and their facets are then those of the best `limit` matches."""
    if len(ranks_by_key) <= limit:
        return set(ranks_by_key)
    sizes = [0] * group_count
    for ranks in ranks_by_key.values():
        for index in ranks:
            sizes[index] += 1
    weights = [group_weight(size, total) for size in sizes]

    def cheap(ranks):
        return sum(
            weights[i] * (1.0 + BACKEND_RANK_WEIGHT * (1 - rank / max(sizes[i], 1)))
            for i, rank in ranks.items()
        )

    ordered = sorted(ranks_by_key, key=lambda key: (-cheap(ranks_by_key[key]), key))
    return set(ordered[:limit])


def rank_items(items, groups, total):
    """Score and sort items in place of relevance; returns the sorted list."""
    group_sizes = [0] * len(groups)
    for item in items:
        for index in item.group_ranks:
            group_sizes[index] += 1
    weights = [group_weight(size, total) for size in group_sizes]
    for item in items:
        item.score = score_item(item, groups, weights, group_sizes)
    return sorted(items, key=lambda item: (-item.score, item.title.lower(), item.pk))
