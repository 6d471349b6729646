"""The benchmark's pure helpers and its fixed query mix (bench/)."""

import pytest

from bench.queries import query_mix
from bench.search_bench import interleave, percentile


def test_percentile_is_the_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 0.95) == 95
    assert percentile(values, 0.5) == 50
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.95) == 0.0


def test_interleave_takes_each_kind_in_turn():
    mix = [("word", 1), ("word", 2), ("phrase", 3), ("typo", 4), ("phrase", 5)]
    assert [params for _, params in interleave(mix)] == [1, 3, 4, 2, 5]


@pytest.mark.django_db
def test_the_query_mix_has_sixty_searches_of_every_kind_with_real_facet_values():
    mix = query_mix()
    assert len(mix) == 60
    kinds = {kind for kind, _ in mix}
    assert kinds == {"word", "phrase", "question", "typo", "faceted", "paraphrase"}
    assert len([kind for kind, _ in mix if kind == "paraphrase"]) == 10
    faceted = [params for kind, params in mix if kind == "faceted"]
    assert all(len(params) == 2 and all(params.values()) for params in faceted)
