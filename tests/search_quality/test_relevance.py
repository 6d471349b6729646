"""Search quality over the demo content, measured with the judged relevance set.

The demo content is loaded once for the search quality tests (inside a transaction rolled back
after them, so other tests never see it) and every judged query runs through the search service
as /search/ runs it. The floors are the figures the hub's search had to keep when it moved onto
its own index (MRR 0.953, recall@10 0.982 on both databases, 2026-11-22); it now measures MRR
0.970 and recall@10 0.982 on both (docs/performance.md). A change that makes search worse than
that fails here, on whichever database the suite runs on.
"""

import pytest
from django.db import connection

from search.evaluation import evaluate, hub_ranking, load_judgements, missing_judged_results

# The marker makes pytest-django create the test database before the module fixtures use it.
pytestmark = pytest.mark.django_db

MRR_FLOOR = 0.953
RECALL_AT_10_FLOOR = 0.98


@pytest.fixture(scope="module")
def judged():
    return load_judgements()


@pytest.fixture(scope="module")
def evaluation(demo_site, judged, django_db_blocker):
    with django_db_blocker.unblock():
        return evaluate(judged, hub_ranking)


def test_every_judged_result_exists_in_the_demo_content(demo_site, judged):
    assert missing_judged_results(judged) == []


def _report(evaluation):
    misses = [
        f"{o.judged.query!r}: RR {o.reciprocal_rank:.2f}, recall {o.recall:.2f}"
        for o in evaluation.outcomes
        if o.reciprocal_rank < 1 or o.recall < 1
    ]
    return f"on {connection.vendor}; imperfect queries:\n" + "\n".join(misses)


def test_mean_reciprocal_rank_stays_above_the_floor(evaluation):
    assert evaluation.mrr >= MRR_FLOOR, f"MRR {evaluation.mrr:.3f} < {MRR_FLOOR} " + _report(
        evaluation
    )


def test_recall_at_10_stays_above_the_floor(evaluation):
    assert evaluation.recall >= RECALL_AT_10_FLOOR, (
        f"recall@10 {evaluation.recall:.3f} < {RECALL_AT_10_FLOOR} " + _report(evaluation)
    )


def test_every_judged_query_finds_something_relevant(evaluation):
    assert [o.judged.query for o in evaluation.outcomes if o.reciprocal_rank == 0] == []
