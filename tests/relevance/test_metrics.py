"""The relevance metrics in relevance/evaluation.py, on hand-worked examples."""

import math

import pytest

from relevance.evaluation import (
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


def test_ndcg_on_a_hand_worked_graded_ranking():
    # Gains 2^grade - 1: the answer (grade 2) is worth 3, a related result (grade 1) is worth 1.
    relevant = {"answer": 2, "also": 1, "too": 1}
    ideal = 3 + 1 / math.log2(3) + 1 / math.log2(4)
    found = 1 + 3 / math.log2(4)  # "also" first, "answer" third, "too" not in the first k
    ndcg = ndcg_at_k(["also", "x", "answer", "too"], relevant, k=3)
    assert ndcg == pytest.approx(found / ideal)
    assert ndcg == pytest.approx(0.6052, abs=1e-4)


def test_ndcg_ranks_the_answer_above_a_related_result():
    relevant = {"answer": 2, "also": 1}
    assert ndcg_at_k(["answer", "x"], relevant) > ndcg_at_k(["also", "x"], relevant)
    assert ndcg_at_k(["x", "answer"], relevant) < ndcg_at_k(["answer", "x"], relevant)


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
    assert evaluation.by_kind()["typo"].ndcg == pytest.approx(1 / math.log2(3))
    assert evaluation.by_kind()["keyword"].ndcg == 1.0


def test_a_group_of_kinds_is_measured_without_the_others():
    judged = [
        JudgedQuery("first", "keyword", {("page", "a"): 2}, {("page", "a"): "A"}),
        JudgedQuery("second", "paraphrase", {("page", "b"): 2}, {("page", "b"): "B"}),
        JudgedQuery("third", "typo", {("page", "c"): 2}, {("page", "c"): "C"}),
    ]
    rankings = {"first": [("page", "A")], "second": [], "third": [("page", "x"), ("page", "C")]}
    evaluation = evaluate(judged, lambda query: rankings[query])
    others = evaluation.without_kinds("paraphrase")
    assert [o.judged.query for o in others.outcomes] == ["first", "third"]
    assert others.mrr == pytest.approx(0.75)
    assert others.recall == 1.0
    assert evaluation.recall == pytest.approx(2 / 3)
    assert evaluation.without_kinds("paraphrase", "typo", "keyword").mrr == 0.0


def test_the_judged_set_is_large_and_varied():
    judged = load_judgements()
    assert len(judged) >= 30
    assert len({j.query.casefold() for j in judged}) == len(judged)
    kinds = {j.kind for j in judged}
    assert {"keyword", "question", "synonym", "place", "organisation", "typo"} <= kinds
    assert {"us-spelling", "document", "paraphrase"} <= kinds
    for query in judged:
        assert query.relevant and set(query.relevant.values()) <= {1, 2}
        assert 2 in query.relevant.values()
