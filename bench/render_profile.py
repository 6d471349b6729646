"""Render profile (`make profile-pages`): the worker CPU each public page type costs to render
uncached, measured in process with Django's test client under the production settings.

    .venv/bin/python bench/render_profile.py [--requests 200] [--pages home,case_study]
        [--profile case_study] [--top 30] [--callers NAME] [--queries case_study]

It reads the database DATABASE_URL names (the demo site: `make demo`), with the page cache off
(PAGE_CACHE_SECONDS=0), DEBUG off and the shared cache production uses (Redis at
PROFILE_REDIS_URL, db 8 of the local Redis unless set, emptied first so that nothing another
site's run kept is read; "none" uses the database cache). Each
page type rotates through up to five of its live pages; every page is asked for once first (its
image renditions are made and the chrome kept for the generation), then `--requests` times.
The figure is time.process_time per request, with the queries counted on one more request to
each of its pages (the most any of them runs). `--profile TYPE` prints cProfile's costliest
functions for that type (with `--callers NAME`, also what called the functions whose names match
NAME, a regular expression such as "builtins.dir"), `--queries TYPE` the SQL one of its pages
runs.

The index pages are measured as the page benchmark loads them (`bench.page_site.url_plan`):
`members_index`, `case_studies_index`, ... unfiltered, and `members_filtered`,
`case_studies_filtered`, ... rotating through all of that index's filtered addresses (a facet,
two, a later page). `search` and `search_JSON` rotate through the benchmark's query mix on the
search page and the JSON search.

Gunicorn's own cost per request (about 0.16-0.2 ms, bench/fixed_page.py) is not in these
figures; `make bench-pages` measures pages served by gunicorn under load.
"""

import argparse
import cProfile
import itertools
import os
import pstats
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/8"
PAGES_PER_TYPE = 5
# (name, model path); "home" is the default site's root page.
PAGE_TYPES = [
    ("home", None),
    ("standard", "home.models.StandardPage"),
    ("member", "members.models.MemberPage"),
    ("case_study", "casestudies.models.CaseStudyPage"),
    ("toolkit", "toolkits.models.ToolkitPage"),
    ("lab", "labs.models.PolicyLabPage"),
    ("news_item", "news.models.NewsPage"),
    ("event", "hubevents.models.EventPage"),
]


def production_environment():
    redis_url = os.environ.get("PROFILE_REDIS_URL", DEFAULT_REDIS_URL)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}"),
        PAGE_CACHE_SECONDS="0",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
    )
    os.environ.pop("DEBUG", None)
    if redis_url == "none":
        os.environ.pop("REDIS_URL", None)
    else:
        os.environ["REDIS_URL"] = redis_url


def collect_static_once():
    """The production settings' manifest storage needs collected static files."""
    from django.conf import settings
    from django.core.management import call_command

    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        print("  collecting static files (once)...", flush=True)
        call_command("collectstatic", interactive=False, verbosity=0)


def page_urls():
    """{type: [path]} for the types the database holds: home, the detail pages, then the
    index pages unfiltered and filtered."""
    from django.utils.module_loading import import_string
    from wagtail.models import Site

    from bench.page_site import url_plan

    site = Site.objects.get(is_default_site=True)
    urls = {}
    for name, model_path in PAGE_TYPES:
        if model_path is None:
            pages = [site.root_page.specific]
        else:
            model = import_string(model_path)
            pages = list(model.objects.live().public().order_by("path")[:PAGES_PER_TYPE])
        paths = [page.relative_url(site) for page in pages]
        if paths:
            urls[name] = paths
    for entry in url_plan():
        if entry["group"] in ("listing", "search") and entry["paths"]:
            urls[entry["name"].replace(" ", "_")] = entry["paths"]
    return urls


def get(client, path):
    response = client.get(path, secure=True)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    return response


def captured_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        get(client, path)
    return [query["sql"] for query in queries.captured_queries]


def measure(client, paths, requests):
    rotation = itertools.cycle(paths)
    started = time.process_time()
    for _ in range(requests):
        get(client, next(rotation))
    return (time.process_time() - started) * 1000 / requests


def profile(client, paths, requests, top, callers=""):
    rotation = itertools.cycle(paths)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        get(client, next(rotation))
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    if callers:
        stats.print_callers(callers)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--pages", default="", help="comma-separated types (default: all)")
    parser.add_argument("--profile", default="", help="a type to profile with cProfile")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--callers", default="", help="with --profile: who called the functions matching this"
    )
    parser.add_argument("--queries", default="", help="a type whose SQL to print")
    options = parser.parse_args()

    production_environment()
    import django

    django.setup()
    from django.core.cache import caches
    from django.test import Client

    collect_static_once()
    # What the last run kept (the content generation, the search index's version, facts keyed
    # by their SQL) may have been another site's: its database's ids and paths can be the same.
    for cache in caches.all():
        cache.clear()
    urls = page_urls()
    wanted = [name for name in options.pages.split(",") if name] or list(urls)
    client = Client()
    for name in wanted:
        for path in urls.get(name, []):
            get(client, path)

    if options.queries:
        for sql in captured_queries(client, urls[options.queries][0]):
            print(sql[:120], "...", sql[sql.find(" WHERE") :][:260] if " WHERE" in sql else "")
        return

    if options.profile:
        profile(client, urls[options.profile], options.requests, options.top, options.callers)
        return

    print(f"{'page':<22} {'pages':>5} {'queries':>8} {'CPU ms/request':>15}")
    for name in wanted:
        if name not in urls:
            print(f"{name:<22} (none in the database)")
            continue
        paths = urls[name]
        queries = max(len(captured_queries(client, path)) for path in paths)
        cpu = measure(client, paths, options.requests)
        print(f"{name:<22} {len(paths):>5} {queries:>8} {cpu:>15.2f}", flush=True)


if __name__ == "__main__":
    main()
