"""The hub's ranking, the same on the database engines (OpenSearch ranks with the same signals
as boosts, see engines/opensearch.py).

The engine says which items match each term group, and which of them in the title or the
summary; this adds what users notice: matching every idea in the query beats matching one many
times, rarer ideas count for more, a title or summary match outweighs a mention deep in a body,
and the words in the order typed (a phrase) or a title equal to the query come first.

Scores come from sets of item ids, so a common word matching thousands of items stays cheap;
only the best `CANDIDATES` are read for the phrase and exact-title bonuses. Bonuses only add, so
those candidates stay ahead of the rest.
"""

import math
from dataclasses import dataclass, field

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


def group_weight(matching, total):
    """Inverse document frequency: an idea few items mention tells more than a common one."""
    return math.log(1 + (total + 1) / (matching + 0.5))


def text_keys(text):
    return tuple(canonical(word) for word in tokenize(text))


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


def rank(groups, matches, size, visible, read_texts):
    """(visible ids best first, {id: score}).

    `matches[i]` is the GroupMatches of `groups[i]`; `size` how many items the index holds;
    `read_texts(ids)` gives {id: (title, summary)} for the candidates' bonuses."""
    weights = [group_weight(len(found.anywhere), size) for found in matches]
    weight_sum = sum(weights) or 1.0
    mean_weight = weight_sum / max(len(weights), 1)
    matched = dict.fromkeys(visible, 0.0)  # the summed weight of the groups each matches
    extra = {}
    for weight, found in zip(weights, matches, strict=True):
        for item in found.anywhere & visible:
            matched[item] += weight
        for item in found.title & visible:
            extra[item] = extra.get(item, 0.0) + TITLE_WEIGHT * weight
        for item in found.summary & visible:
            extra[item] = extra.get(item, 0.0) + SUMMARY_WEIGHT * weight

    def finish(score, weight):
        # Coverage weighted by rarity: matching "energy" in "how can councils support
        # community energy" counts for more than matching "councils".
        return score * (0.25 + (weight / weight_sum) ** 2)

    scores = {item: finish(weight + extra.get(item, 0.0), weight) for item, weight in matched.items()}
    order = sorted(scores, key=lambda item: (-scores[item], item))
    candidates = order[:CANDIDATES]
    texts = read_texts(candidates) if candidates else {}
    for item in candidates:
        title, summary = texts.get(item, ("", ""))
        title_keys, summary_keys = text_keys(title), text_keys(summary)
        bonus = 0.0
        if in_order(title_keys, groups):
            bonus += PHRASE_IN_TITLE_BONUS * mean_weight
        elif in_order(summary_keys, groups):
            bonus += PHRASE_IN_SUMMARY_BONUS * mean_weight
        if exact_title(title_keys, groups):
            bonus += EXACT_TITLE_BONUS * mean_weight
        if bonus:
            scores[item] += finish(bonus, matched[item])
    candidates.sort(key=lambda item: (-scores[item], texts.get(item, ("",))[0].lower(), item))
    return candidates + order[CANDIDATES:], scores
