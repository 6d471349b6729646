"""The relevance metrics in search/evaluation.py, on hand-worked examples."""

import math

import pytest

from search.evaluation import (
    JudgedQuery,
    evaluate,
    load_judgements,
    ndcg_at_k,
    recall_at_k,
    reciprocal_rank,
)

RELEVANT = {"answer": 2, "also": 1}


@pytest.mark.parametrize(
    ("ranked", "k", "expected"),
    [
        (["answer", "also"], 10, 1.0),
        (["x", "answer"], 10, 0.5),
        (["x", "answer", "also"], 2, 0.5),
        (["x", "y"], 10, 0.0),
        ([], 10, 0.0),
        (["answer", "answer"], 10, 0.5),
    ],
)
def test_recall_at_k(ranked, k, expected):
    assert recall_at_k(ranked, RELEVANT, k) == expected


def test_recall_with_nothing_judged_relevant_is_zero():
    assert recall_at_k(["a"], {}, 10) == 0.0
    assert recall_at_k(["a"], {"a": 0}, 10) == 0.0


@pytest.mark.parametrize(
    ("ranked", "expected"),
    [
        (["answer"], 1.0),
        (["x", "also", "answer"], 0.5),
        (["x", "y", "z", "answer"], 0.25),
        (["x"], 0.0),
        ([], 0.0),
    ],
)
def test_reciprocal_rank(ranked, expected):
    assert reciprocal_rank(ranked, RELEVANT) == expected


def test_ndcg_is_one_for_the_ideal_order_and_less_otherwise():
    assert ndcg_at_k(["answer", "also", "x"], RELEVANT) == pytest.approx(1.0)
    swapped = ndcg_at_k(["also", "answer"], RELEVANT)
    ideal = 3 + 1 / math.log2(3)
    assert swapped == pytest.approx((1 + 3 / math.log2(3)) / ideal)
    assert ndcg_at_k(["x", "y"], RELEVANT) == 0.0
    assert ndcg_at_k(["answer"], {}) == 0.0


def test_ndcg_cuts_at_k_and_counts_a_repeated_result_once():
    assert ndcg_at_k(["x", "answer"], RELEVANT, k=1) == 0.0
    assert ndcg_at_k(["answer", "answer"], {"answer": 2}) == pytest.approx(1.0)
    assert ndcg_at_k(["also", "also", "answer"], RELEVANT) < ndcg_at_k(["also", "answer"], RELEVANT)


def test_evaluate_averages_over_queries_and_groups_by_kind():
    judged = [
        JudgedQuery("first", "keyword", {("page", "a"): 2}, {("page", "a"): "A"}),
        JudgedQuery("second", "typo", {("page", "b"): 2}, {("page", "b"): "B"}),
    ]
    rankings = {"first": [("page", "A")], "second": [("page", "x"), ("page", "B")]}
    evaluation = evaluate(judged, lambda query: rankings[query])
    assert evaluation.mrr == pytest.approx(0.75)
    assert evaluation.recall == 1.0
    assert evaluation.outcomes[1].positions() == {("page", "b"): 2}
    assert set(evaluation.by_kind()) == {"keyword", "typo"}
    assert evaluation.by_kind()["typo"].mrr == 0.5


def test_the_judged_set_is_large_and_varied():
    judged = load_judgements()
    assert len(judged) >= 30
    assert len({j.query.casefold() for j in judged}) == len(judged)
    kinds = {j.kind for j in judged}
    assert {"keyword", "question", "synonym", "place", "organisation", "typo"} <= kinds
    assert {"us-spelling", "document"} <= kinds
    for query in judged:
        assert query.relevant and set(query.relevant.values()) <= {1, 2}
        assert 2 in query.relevant.values()
