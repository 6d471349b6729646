"""Search quality over the demo content, measured with the judged relevance set.

The demo content is loaded once for the search quality tests (inside a transaction rolled back
after them, so other tests never see it) and every judged query runs through the search service
as /search/ runs it. A change that makes search worse fails here, on whichever database the
suite runs on.

The floors guard every kind of query except "paraphrase", measured over those queries only, so
the hard paraphrases cannot hide a regression elsewhere. MRR 0.953 and recall@10 0.98 are the
figures the hub's search had to keep when it moved onto its own index (2026-11-22); it now
measures MRR 0.970, recall@10 0.982 and nDCG@10 0.941 over those 50 queries on both databases.
Each kind also keeps its own MRR: the figure measured on both databases on 2026-11-30, less 0.01.

The "paraphrase" queries (35, in words their answers do not use) have no floor yet: semantic
search will set it. Keyword-only, before semantic search, on 2026-11-30 (docs/performance.md):

- SQLite FTS5: recall@10 0.129, MRR 0.101, nDCG@10 0.062;
- PostgreSQL 15: recall@10 0.129, MRR 0.103, nDCG@10 0.062.
"""

import pytest
from django.db import connection

from search.evaluation import (
    PARAPHRASE,
    evaluate,
    hub_ranking,
    load_judgements,
    missing_judged_results,
)

# The marker makes pytest-django create the test database before the module fixtures use it.
pytestmark = pytest.mark.django_db

MRR_FLOOR = 0.953
RECALL_AT_10_FLOOR = 0.98
MRR_FLOOR_BY_KIND = {
    "document": 0.99,
    "keyword": 0.99,
    "organisation": 0.99,
    "place": 0.99,
    "question": 0.79,
    "synonym": 0.99,
    "typo": 0.865,
    "us-spelling": 0.99,
}


@pytest.fixture(scope="module")
def judged():
    return load_judgements()


@pytest.fixture(scope="module")
def evaluation(demo_site, judged, django_db_blocker):
    with django_db_blocker.unblock():
        return evaluate(judged, hub_ranking)


@pytest.fixture(scope="module")
def guarded(evaluation):
    """The queries the floors guard: every kind but paraphrase."""
    return evaluation.without_kinds(PARAPHRASE)


def test_every_judged_result_exists_in_the_demo_content(demo_site, judged):
    assert missing_judged_results(judged) == []


def _report(evaluation):
    misses = [
        f"{o.judged.query!r} [{o.judged.kind}]: RR {o.reciprocal_rank:.2f}, recall {o.recall:.2f}"
        for o in evaluation.outcomes
        if o.reciprocal_rank < 1 or o.recall < 1
    ]
    return f"on {connection.vendor}; imperfect queries:\n" + "\n".join(misses)


def test_mean_reciprocal_rank_stays_above_the_floor(guarded):
    assert guarded.mrr >= MRR_FLOOR, f"MRR {guarded.mrr:.3f} < {MRR_FLOOR} " + _report(guarded)


def test_recall_at_10_stays_above_the_floor(guarded):
    assert guarded.recall >= RECALL_AT_10_FLOOR, (
        f"recall@10 {guarded.recall:.3f} < {RECALL_AT_10_FLOOR} " + _report(guarded)
    )


def test_every_guarded_kind_has_a_floor_and_none_is_given_to_paraphrases(guarded):
    assert set(guarded.by_kind()) == set(MRR_FLOOR_BY_KIND)
    assert PARAPHRASE not in MRR_FLOOR_BY_KIND


@pytest.mark.parametrize("kind", sorted(MRR_FLOOR_BY_KIND))
def test_each_kind_keeps_its_mean_reciprocal_rank(guarded, kind):
    part = guarded.by_kind()[kind]
    floor = MRR_FLOOR_BY_KIND[kind]
    assert part.mrr >= floor, f"{kind}: MRR {part.mrr:.3f} < {floor} " + _report(part)


def test_every_guarded_query_finds_something_relevant(guarded):
    assert [o.judged.query for o in guarded.outcomes if o.reciprocal_rank == 0] == []
