"""Search quality over the demo content, measured with the judged relevance set.

The demo content is loaded once for the search quality tests (inside a transaction rolled back
after them, so other tests never see it) and every judged query runs through the search service
as /search/ runs it, twice: by keywords alone, and hybrid (keywords and meaning, as the hub
serves it, after `embed_content`). A change that makes either worse fails here, on whichever
database the suite runs on.

Keywords alone keep the floors of the hub's own index (MRR 0.953, recall@10 0.98 over every kind
but "paraphrase", 2026-11-22; each kind its MRR of 2026-11-30 less 0.01). Hybrid may not lower
any kind's MRR by more than 0.01 against keywords alone in the same run, and keeps the figures
it measured on 2026-11-30 (docs/search-quality.md), less a small margin:

- paraphrase (35 queries in words their answers do not use): keywords alone MRR 0.101,
  recall@10 0.129 (PostgreSQL 0.103, 0.129); hybrid MRR 0.539, recall@10 0.600 (PostgreSQL
  0.539, 0.610);
- every other kind (50 queries), on both: hybrid MRR 0.970, recall@10 0.972 (keywords alone
  0.970, 0.982: a result found by meaning now and then takes a grade-1 result's place in the
  first ten).
"""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from relevance.evaluation import (
    PARAPHRASE,
    evaluate,
    hub_ranking,
    load_judgements,
    missing_judged_results,
)
from relevance.paraphrase import indexed_text, shared_words

# The marker makes pytest-django create the test database before the module fixtures use it.
pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

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


HYBRID_MRR_LOSS_ALLOWED = 0.01
HYBRID_PARAPHRASE_MRR_FLOOR = 0.52
HYBRID_PARAPHRASE_RECALL_FLOOR = 0.58
HYBRID_GUARDED_MRR_FLOOR = 0.96
HYBRID_GUARDED_RECALL_FLOOR = 0.96


def _evaluate_with(judged, django_db_blocker, enabled):
    meaning = {**settings.SEMANTIC_SEARCH, "enabled": enabled}
    with django_db_blocker.unblock(), override_settings(SEMANTIC_SEARCH=meaning):
        return evaluate(judged, hub_ranking)


@pytest.fixture(scope="module")
def evaluation(demo_site, judged, django_db_blocker):
    """Keywords alone."""
    return _evaluate_with(judged, django_db_blocker, enabled=False)


@pytest.fixture(scope="module")
def hybrid(demo_site, judged, django_db_blocker):
    """Keywords and meaning, over the demo content's embedded passages."""
    with django_db_blocker.unblock():
        call_command("embed_content", verbosity=0)
    return _evaluate_with(judged, django_db_blocker, enabled=True)


@pytest.fixture(scope="module")
def guarded(evaluation):
    """The queries the keyword floors guard: every kind but paraphrase."""
    return evaluation.without_kinds(PARAPHRASE)


def test_every_judged_result_exists_in_the_demo_content(demo_site, judged):
    assert missing_judged_results(judged) == []


PARAPHRASES = [judged for judged in load_judgements() if judged.kind == PARAPHRASE]


@pytest.mark.parametrize("judged", PARAPHRASES, ids=lambda judged: judged.query)
def test_a_paraphrase_shares_no_content_word_with_its_answers(demo_site, judged):
    """The checker itself is tested in test_paraphrase.py."""
    for key, grade in judged.relevant.items():
        if grade != 2:
            continue
        text = indexed_text(key[0], judged.titles[key])
        assert text, f"{key[0]} {judged.titles[key]!r} is not in the search index"
        assert shared_words(judged.query, text) == {}, judged.titles[key]


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


# Hybrid: keywords and meaning


@pytest.mark.parametrize("kind", sorted(MRR_FLOOR_BY_KIND))
def test_hybrid_loses_no_kind_more_than_a_hundredth_of_mrr(evaluation, hybrid, kind):
    before, after = evaluation.by_kind()[kind], hybrid.by_kind()[kind]
    assert after.mrr >= before.mrr - HYBRID_MRR_LOSS_ALLOWED, (
        f"{kind}: hybrid MRR {after.mrr:.3f}, keywords alone {before.mrr:.3f} " + _report(after)
    )


def test_hybrid_finds_what_paraphrases_mean(hybrid):
    part = hybrid.by_kind()[PARAPHRASE]
    assert part.mrr >= HYBRID_PARAPHRASE_MRR_FLOOR, f"MRR {part.mrr:.3f} " + _report(part)
    assert part.recall >= HYBRID_PARAPHRASE_RECALL_FLOOR, f"recall@10 {part.recall:.3f} " + _report(
        part
    )


def test_hybrid_keeps_every_other_kind(hybrid):
    part = hybrid.without_kinds(PARAPHRASE)
    assert part.mrr >= HYBRID_GUARDED_MRR_FLOOR, f"MRR {part.mrr:.3f} " + _report(part)
    assert part.recall >= HYBRID_GUARDED_RECALL_FLOOR, f"recall@10 {part.recall:.3f} " + _report(
        part
    )
