"""Measuring search quality against the judged queries in relevance/judgements.json.

The metrics are pure functions over a ranked list of result keys and a {key: grade} mapping
(grade 2 = the answer, 1 = also relevant): recall@10, reciprocal rank and graded nDCG@10.
`evaluate` runs every judged query through a search function and averages them, overall, per
kind of query and for any group of kinds; `hub_ranking` is that function for the hub's own search
service, asked exactly as the /search/ page asks (an anonymous visitor, relevance order).

The "paraphrase" kind describes its answers in words they do not use (relevance.paraphrase checks
that), so it measures what keyword search cannot find; the other kinds are measured apart from it.
"""

import json
import math
from dataclasses import dataclass
from pathlib import Path

JUDGEMENTS_PATH = Path(__file__).resolve().parent / "judgements.json"
K = 10
PARAPHRASE = "paraphrase"


def recall_at_k(ranked, relevant, k=K):
    """The share of the relevant results found in the first k."""
    wanted = sum(1 for grade in relevant.values() if grade > 0)
    if not wanted:
        return 0.0
    found = {key for key in ranked[:k] if relevant.get(key, 0) > 0}
    return len(found) / wanted


def reciprocal_rank(ranked, relevant):
    """1 / the position of the first relevant result (0 when none is found)."""
    for position, key in enumerate(ranked, start=1):
        if relevant.get(key, 0) > 0:
            return 1.0 / position
    return 0.0


def dcg(grades):
    return sum((2**grade - 1) / math.log2(position + 1) for position, grade in enumerate(grades, 1))


def ndcg_at_k(ranked, relevant, k=K):
    """Normalised discounted cumulative gain over the first k, with gains 2^grade - 1."""
    ideal = dcg(sorted(relevant.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    seen = set()
    grades = []
    for key in ranked[:k]:
        grades.append(relevant.get(key, 0) if key not in seen else 0)
        seen.add(key)
    return dcg(grades) / ideal


@dataclass(frozen=True)
class JudgedQuery:
    query: str
    kind: str
    relevant: dict  # {(type, casefolded title): grade}
    titles: dict  # {(type, casefolded title): the title as written in the judgements}


@dataclass
class QueryOutcome:
    judged: JudgedQuery
    ranked: list  # [(type, title)], best first
    recall: float
    reciprocal_rank: float
    ndcg: float

    def positions(self):
        """{(type, title): position in the ranking or None}, for every judged result."""
        places = {}
        for position, key in enumerate(self.ranked, start=1):
            places.setdefault(key, position)
        return {key: places.get(key) for key in self.judged.relevant}


@dataclass
class Evaluation:
    outcomes: list

    def _mean(self, attribute):
        values = [getattr(outcome, attribute) for outcome in self.outcomes]
        return sum(values) / len(values) if values else 0.0

    @property
    def recall(self):
        return self._mean("recall")

    @property
    def mrr(self):
        return self._mean("reciprocal_rank")

    @property
    def ndcg(self):
        return self._mean("ndcg")

    def by_kind(self):
        kinds = {}
        for outcome in self.outcomes:
            kinds.setdefault(outcome.judged.kind, []).append(outcome)
        return {kind: Evaluation(outcomes) for kind, outcomes in sorted(kinds.items())}

    def without_kinds(self, *kinds):
        """The evaluation of every query whose kind is not one of `kinds`."""
        return Evaluation([o for o in self.outcomes if o.judged.kind not in kinds])


def _key(type_, title):
    return (type_, " ".join(title.split()).casefold())


def load_judgements(path=JUDGEMENTS_PATH):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    judged = []
    for entry in data["queries"]:
        relevant = {_key(r["type"], r["title"]): int(r["grade"]) for r in entry["relevant"]}
        titles = {_key(r["type"], r["title"]): r["title"] for r in entry["relevant"]}
        judged.append(JudgedQuery(entry["query"], entry.get("kind", ""), relevant, titles))
    return judged


def evaluate(judged_queries, search, k=K):
    """Run each judged query through `search(query) -> [(type, title), ...]` and score it."""
    outcomes = []
    for judged in judged_queries:
        ranked = [_key(type_, title) for type_, title in search(judged.query)]
        outcomes.append(
            QueryOutcome(
                judged=judged,
                ranked=ranked,
                recall=recall_at_k(ranked, judged.relevant, k),
                reciprocal_rank=reciprocal_rank(ranked, judged.relevant),
                ndcg=ndcg_at_k(ranked, judged.relevant, k),
            )
        )
    return Evaluation(outcomes)


def hub_ranking(query, depth=50):
    """The hub's ranking for `query` as an anonymous visitor sees it on /search/: promoted
    results first, then every result in relevance order (the first `depth` of them)."""
    from django.contrib.auth.models import AnonymousUser

    from search.service import run_search

    results = run_search({"q": query}, AnonymousUser(), log=False, page_size=depth)
    ranked = [(promotion.type, promotion.title) for promotion in results.promotions]
    ranked += [(result.type, result.title) for result in results.results]
    return ranked


def missing_judged_results(judged_queries):
    """Judged (type, title) pairs that name no live page or document in this database."""
    from django.contrib.auth.models import AnonymousUser
    from wagtail.documents import get_document_model

    from core.privacy import visible_pages
    from core.search_facts import searchable_page_models as page_models

    known = set()
    for model in page_models():
        for title in visible_pages(AnonymousUser(), model.objects.all()).values_list(
            "title", flat=True
        ):
            known.add(_key(model.search_type, title))
    document_model = get_document_model()
    for title in document_model.objects.values_list("title", flat=True):
        known.add(_key(document_model.search_type, title))
    wanted = {key: judged.titles[key] for judged in judged_queries for key in judged.relevant}
    return sorted((key[0], title) for key, title in wanted.items() if key not in known)
