"""The benchmark's fixed query mix: 60 searches as the /search/ page would make them."""

import json
from pathlib import Path

JUDGEMENTS = Path(__file__).resolve().parent.parent / "relevance" / "judgements.json"
PARAPHRASE_COUNT = 10

SINGLE_WORDS = [
    "housing",
    "procurement",
    "co-operative",
    "volunteers",
    "libraries",
    "energy",
    "youth",
    "parks",
    "health",
    "broadband",
    "Preston",
    "Rochdale",
    "councillors",
    "children",
    "mutual",
]
PHRASES = [
    "social value",
    "community wealth building",
    "holiday hunger",
    "neighbourhood planning",
    "full fibre",
    "community led housing",
    "anchor institutions",
    "social prescribing",
    '"school meals"',
    "fuel poverty",
]
QUESTIONS = [
    "how do councils keep money in the local economy",
    "how can we keep libraries open with volunteers",
    "what is the co-operative difference in social care",
    "how can councils engage residents as partners",
    "who runs community energy schemes",
    "how do we support young people leaving care",
    "what works for tackling loneliness in older people",
    "how to build council homes on small sites",
    "can a council set up a co-operative",
    "how do we join the network",
]
TYPOS = [
    "sosial value",
    "co-operativ housing",
    "comunity",
    "volunteerz",
    "procurment",
]
# Facet-filtered searches: (words, facet, which value) — the values are read from the database
# (the n-th theme, region or principle by slug), so the mix works on any corpus.
FACETED = [
    ("community", "type", "case_study"),
    ("housing", "type", "member"),
    ("report", "type", "document"),
    ("co-operative", "theme", 0),
    ("young people", "theme", 1),
    ("council", "region", 0),
    ("partnership", "region", 3),
    ("social value", "principle", 0),
    ("engagement", "year", "2020"),
    ("health", "theme", 2),
]


def paraphrases(count=PARAPHRASE_COUNT):
    """The first `count` paraphrase queries of the judged relevance set: a problem said in
    someone's own words, which search by meaning is there to answer."""
    queries = json.loads(JUDGEMENTS.read_text())["queries"]
    return [q["query"] for q in queries if q.get("kind") == "paraphrase"][:count]


def query_mix():
    """The 60 (kind, parameter dict) pairs, in a fixed order."""
    from core.models import Principle, Region, Theme

    slugs = {
        "theme": list(Theme.objects.order_by("slug").values_list("slug", flat=True)),
        "region": list(Region.objects.order_by("slug").values_list("slug", flat=True)),
        "principle": list(Principle.objects.order_by("slug").values_list("slug", flat=True)),
    }
    mix = [("word", {"q": q}) for q in SINGLE_WORDS]
    mix += [("phrase", {"q": q}) for q in PHRASES]
    mix += [("question", {"q": q}) for q in QUESTIONS]
    mix += [("typo", {"q": q}) for q in TYPOS]
    mix += [("paraphrase", {"q": q}) for q in paraphrases()]
    for words, facet, value in FACETED:
        if isinstance(value, int):
            options = slugs[facet]
            value = options[value % len(options)] if options else ""
        mix.append(("faceted", {"q": words, facet: value}))
    return mix
