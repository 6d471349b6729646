"""Hybrid ranking: the keyword ranking and the ranking by meaning, fused.

Relative score fusion: a keyword score is scaled by the score of an item holding every word of
the query in its title (so a match on one common word counts for little), a similarity between
the threshold and the best similarity found, and an item's fused score is their weighted sum.
Items holding every word of the query come first, so names, exact phrases and codes are never
pushed down by what only resembles them. The measurements that chose this over reciprocal rank
fusion are in docs/search-quality.md.
"""

from django.conf import settings

KEYWORD_DEPTH = 100  # how far down the keyword ranking fusion looks


def fuse(keyword_scores, similarities, keyword_ceiling, complete=frozenset(), options=None):
    """Every item of {item: keyword score} and {item: similarity}, best first: those in
    `complete` (keyword matches holding every word) first, in keyword order; then the rest by
    fused score, equal scores in keyword order."""
    options = options or settings.SEMANTIC_SEARCH
    low = options["threshold"]
    span = max(max(similarities.values(), default=low) - low, 1e-6)
    fused = {
        item: options["keyword_weight"] * score / keyword_ceiling
        for item, score in keyword_scores.items()
    }
    for item, similarity in similarities.items():
        scaled = max(similarity - low, 0.0) / span
        fused[item] = fused.get(item, 0.0) + options["semantic_weight"] * scaled
    keyword_place = {item: place for place, item in enumerate(keyword_scores)}
    # An item holding every word can lie below the keyword depth and be found by meaning (a
    # common word at scale): it follows those the keyword list placed.
    first = sorted(
        (item for item in fused if item in complete),
        key=lambda item: keyword_place.get(item, len(keyword_place)),
    )
    rest = [item for item in fused if item not in complete]
    rest.sort(key=lambda item: (-fused[item], keyword_place.get(item, len(fused))))
    return first + rest


def fused_page(ranking, keyword_items, similarities, complete, offset, limit):
    """The items at places offset…offset+limit of the fused ranking of `keyword_items` (a mask
    of ids, search.idmasks, scored by `ranking`) and `similarities` ({item: cosine}); keyword
    matches beyond fusion's depth follow in keyword order. `complete` is the mask of the items
    holding every word."""
    keyword_order = ranking.best(keyword_items, 0, KEYWORD_DEPTH)
    keyword_scores = {item: ranking.scores[item] for item in keyword_order}
    holding_every_word = {item for item in [*keyword_order, *similarities] if complete[item]}
    fused = fuse(keyword_scores, similarities, ranking.ceiling, holding_every_word)
    if offset + limit <= len(fused):
        return fused[offset : offset + limit]
    rest = keyword_items.copy()
    if fused:
        rest[fused] = False
    start = max(offset - len(fused), 0)
    return fused[offset:] + ranking.best(rest, start, limit - len(fused[offset:]))
