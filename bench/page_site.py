"""The page benchmark's site, inside Django: built once per database (bench/corpus.py's
PAGE_BENCH_MIX at a scale), then the addresses each measured page type is loaded with.

Every list holds many addresses (filters, details, queries), read from the database with a
fixed seed: wrk rotates through them, so no page is flattered by being asked for alone.
"""

import random
from urllib.parse import urlencode

from bench.corpus import (
    DOCUMENTS,
    PAGE_BENCH_MIX,
    build_corpus,
    corpus_counts,
    index_corpus,
    scaled_mix,
)

SEED = 20261130
DETAILS_PER_TYPE = 40
FILTERS_PER_INDEX = 24


def prepare(scale, say=print):
    """Build the site at `scale` unless the database holds it already; the counts."""
    mix = scaled_mix(PAGE_BENCH_MIX, scale)
    documents = max(1, round(DOCUMENTS * scale))
    counts = corpus_counts()
    expected = {**mix, "document": documents}
    if any(counts.get(kind, 0) < count for kind, count in expected.items()):
        say(f"  building the site: {mix}, {documents} documents...")
        build_corpus(mix=mix, documents=documents)
        say("  indexing for search...")
        index_corpus()
        counts = corpus_counts()
    return counts


def _path(page, site):
    return page.relative_url(site)


def _with_query(path, params):
    return f"{path}?{urlencode(params)}" if params else path


def _sample(rng, items, count):
    items = list(items)
    return rng.sample(items, min(count, len(items)))


def url_plan():
    """[{name, group, paths}] in the order they are measured: pages first, searches last (a
    search by meaning loads its model, whose memory is reported apart)."""
    from wagtail.models import Site

    from bench.queries import query_mix
    from casestudies.models import CaseStudyIndexPage, CaseStudyPage
    from core.models import Principle, Region, Theme
    from home.models import StandardPage
    from hubevents.models import EventIndexPage, EventPage
    from labs.models import PolicyLabIndexPage, PolicyLabPage
    from members.models import MemberIndexPage, MemberPage
    from news.models import NewsIndexPage, NewsPage
    from toolkits.models import ToolkitIndexPage, ToolkitPage

    rng = random.Random(SEED)
    site = Site.objects.get(is_default_site=True)
    themes = list(Theme.objects.values_list("slug", flat=True))
    principles = list(Principle.objects.values_list("slug", flat=True))
    regions = list(Region.objects.values_list("slug", flat=True))
    members = list(MemberPage.objects.live().values_list("slug", flat=True))

    def taxonomy_filters(extra):
        """Listing filters as visitors combine them: one facet, two, or a later page."""
        choices = [
            lambda: {"theme": rng.choice(themes)},
            lambda: {"principle": rng.choice(principles)},
            lambda: {"region": rng.choice(regions)},
            lambda: {"member": rng.choice(members)},
            lambda: {"theme": rng.choice(themes), "region": rng.choice(regions)},
            lambda: {"page": 2},
            *extra,
        ]
        return [rng.choice(choices)() for _ in range(FILTERS_PER_INDEX)]

    indexes = [
        ("case studies", CaseStudyIndexPage, [lambda: {"year": rng.randint(2014, 2025)}]),
        ("toolkits", ToolkitIndexPage, []),
        (
            "labs",
            PolicyLabIndexPage,
            [
                lambda: {"status": rng.choice(["funded", "in_progress", "completed"])},
                lambda: {"round": rng.randint(2014, 2025)},
            ],
        ),
        ("news", NewsIndexPage, [lambda: {"year": rng.randint(2022, 2026)}]),
        (
            "events",
            EventIndexPage,
            [
                lambda: {"when": rng.choice(["upcoming", "past"])},
                lambda: {"attendance": rng.choice(["in_person", "online", "hybrid"])},
            ],
        ),
    ]
    plan = [{"name": "home", "group": "home", "paths": [_path(site.root_page, site)]}]
    member_index = MemberIndexPage.objects.live().first()
    member_filters = [
        {"member_type": rng.choice(["full", "associate", "affiliate"])}
        if n % 4 == 0
        else {"region": rng.choice(regions)}
        if n % 4 == 1
        else {"letter": rng.choice("ABCDEHLMNPRSTW")}
        if n % 4 == 2
        else {"q": rng.choice(["council", "co-op", "trust", "group"])}
        for n in range(FILTERS_PER_INDEX)
    ]
    listings = [("members", member_index, member_filters)]
    for name, model, extra in indexes:
        listings.append((name, model.objects.live().first(), taxonomy_filters(extra)))
    for name, index, filters in listings:
        path = _path(index, site)
        plan.append({"name": f"{name} index", "group": "listing", "paths": [path]})
        plan.append(
            {
                "name": f"{name} filtered",
                "group": "listing",
                "paths": [_with_query(path, params) for params in filters],
            }
        )
    details = [
        ("member", MemberPage),
        ("case study", CaseStudyPage),
        ("toolkit", ToolkitPage),
        ("lab", PolicyLabPage),
        ("news item", NewsPage),
        ("event", EventPage),
        ("standard page", StandardPage),
    ]
    for name, model in details:
        pages = _sample(rng, model.objects.live().order_by("pk"), DETAILS_PER_TYPE)
        plan.append(
            {"name": name, "group": "detail", "paths": [_path(page, site) for page in pages]}
        )
    searches = [params for _kind, params in query_mix()]
    plan.append(
        {
            "name": "search",
            "group": "search",
            "paths": [_with_query("/search/", p) for p in searches],
        }
    )
    plan.append(
        {
            "name": "search JSON",
            "group": "search",
            "paths": [_with_query("/api/search/", p) for p in searches],
        }
    )
    return plan


def page_cache_available():
    """Whether this build of the hub has the anonymous page cache (PAGE_CACHE_SECONDS)."""
    from django.conf import settings

    return hasattr(settings, "PAGE_CACHE_SECONDS")
