"""Hybrid ranking: the keyword ranking and the ranking by meaning, fused.

Relative score fusion: each list's scores are scaled to 0…1 (the keyword scores by the best
keyword score, the similarities between the threshold and the best similarity) and an item's
fused score is their weighted sum. Names, exact phrases and codes stay first because they score
high on both; where the best keyword match holds few of the query's words (by rarity), the words
are not the content's own and meaning weighs more (settings.SEMANTIC_SEARCH). The comparison
with reciprocal rank fusion that chose this is in docs/search-quality.md.
"""

from dataclasses import dataclass

from django.conf import settings

KEYWORD_DEPTH = 100  # how far down the keyword ranking fusion looks


@dataclass(frozen=True)
class Weights:
    keyword: float
    semantic: float
    semantic_few_words: float
    few_words_coverage: float
    threshold: float

    @classmethod
    def from_settings(cls):
        options = settings.SEMANTIC_SEARCH
        return cls(
            keyword=options["keyword_weight"],
            semantic=options["semantic_weight"],
            semantic_few_words=options["semantic_weight_few_words"],
            few_words_coverage=options["few_words_coverage"],
            threshold=options["threshold"],
        )

    def for_coverage(self, coverage):
        """(keyword weight, semantic weight) when the best keyword match holds `coverage`
        (0 to 1, weighted by rarity) of the query's words."""
        few = coverage < self.few_words_coverage
        return self.keyword, self.semantic_few_words if few else self.semantic


def fuse(keyword_scores, similarities, coverage, weights):
    """Every item of either {item: score}, best first (equal scores in keyword order)."""
    keyword_weight, semantic_weight = weights.for_coverage(coverage)
    best_keyword = max(keyword_scores.values(), default=0.0) or 1.0
    low = weights.threshold
    span = max(max(similarities.values(), default=low) - low, 1e-6)
    fused = {item: keyword_weight * score / best_keyword for item, score in keyword_scores.items()}
    for item, similarity in similarities.items():
        fused[item] = fused.get(item, 0.0) + semantic_weight * max(similarity - low, 0.0) / span
    keyword_place = {item: place for place, item in enumerate(keyword_scores)}
    return sorted(fused, key=lambda item: (-fused[item], keyword_place.get(item, len(fused))))


def fused_page(ranking, keyword_items, similarities, coverage, offset, limit, weights=None):
    """The items at places offset…offset+limit of the fused ranking of `keyword_items` (scored
    by `ranking`) and `similarities` ({item: cosine}); keyword matches beyond fusion's depth
    follow in keyword order."""
    weights = weights or Weights.from_settings()
    keyword_order = ranking.best(keyword_items, 0, KEYWORD_DEPTH)
    keyword_scores = {item: ranking.scores[item] for item in keyword_order}
    fused = fuse(keyword_scores, similarities, coverage, weights)
    if offset + limit <= len(fused):
        return fused[offset : offset + limit]
    rest = keyword_items - set(fused)
    start = max(offset - len(fused), 0)
    return fused[offset:] + ranking.best(rest, start, limit - len(fused[offset:]))
