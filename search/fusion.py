"""Hybrid ranking: the keyword ranking and the ranking by meaning, fused.

Weighted reciprocal rank fusion: an item scores weight / (rank_constant + rank) from each list
it is in. Names, exact phrases and codes stay first because the keyword list puts them first
and meaning rarely disagrees; where the best keyword match holds few of the query's words, the
words are not the content's own and meaning weighs more (settings.SEMANTIC_SEARCH).
"""

from dataclasses import dataclass

from django.conf import settings

KEYWORD_DEPTH = 100  # how far down the keyword ranking fusion looks


@dataclass(frozen=True)
class Weights:
    rank_constant: float
    keyword: float
    semantic: float
    semantic_few_words: float
    few_words_coverage: float

    @classmethod
    def from_settings(cls):
        options = settings.SEMANTIC_SEARCH
        return cls(
            rank_constant=options["rank_constant"],
            keyword=options["keyword_weight"],
            semantic=options["semantic_weight"],
            semantic_few_words=options["semantic_weight_few_words"],
            few_words_coverage=options["few_words_coverage"],
        )

    def for_coverage(self, coverage):
        """(keyword weight, semantic weight) when the best keyword match holds `coverage`
        (0 to 1) of the query's words."""
        few = coverage < self.few_words_coverage
        return self.keyword, self.semantic_few_words if few else self.semantic


def fuse(keyword_order, semantic_order, coverage, weights):
    """Every item of either list, best first."""
    keyword_weight, semantic_weight = weights.for_coverage(coverage)
    scores = {}
    for weight, order in ((keyword_weight, keyword_order), (semantic_weight, semantic_order)):
        for rank, item in enumerate(order, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (weights.rank_constant + rank)
    keyword_place = {item: place for place, item in enumerate(keyword_order)}
    return sorted(scores, key=lambda item: (-scores[item], keyword_place.get(item, len(scores))))


def fused_page(ranking, keyword_items, semantic_order, coverage, offset, limit, weights=None):
    """The items at places offset…offset+limit of the fused ranking of `keyword_items` (ranked
    by `ranking`) and `semantic_order`; keyword matches beyond fusion's depth follow in keyword
    order."""
    weights = weights or Weights.from_settings()
    keyword_order = ranking.best(keyword_items, 0, KEYWORD_DEPTH)
    fused = fuse(keyword_order, semantic_order, coverage, weights)
    if offset + limit <= len(fused):
        return fused[offset : offset + limit]
    rest = keyword_items - set(fused)
    start = max(offset - len(fused), 0)
    return fused[offset:] + ranking.best(rest, start, limit - len(fused[offset:]))
