"""Search benchmark (`make bench`): latency of a fixed query mix over 10,000 pages and 1,000
documents, on SQLite and on PostgreSQL.

    .venv/bin/python bench/search_bench.py [--backends sqlite,postgres] [--rebuild] [--rounds N]

Each database is built once (migrate, synthetic corpus, `rebuild_search_index`) and kept for the
next run: SQLite in $TMPDIR/ccin-hub-bench/, PostgreSQL in the database named by BENCH_POSTGRES_URL
(default postgres://postgres@127.0.0.1:5432/ccin_bench), skipped with a message when no
PostgreSQL server answers. The queries run through the search service (search.service.run_search)
exactly as the /search/ page calls it, after a warm-up pass; the figures are wall-clock times of
whole searches (matching, ranking, facets and snippets for the first page of results).
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 100.0
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/ccin_bench"
RESULT_PREFIX = "BENCH-RESULT "


def percentile(values, fraction):
    """The value below which `fraction` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def interleave(mix):
    """The mix reordered round-robin by kind, so a run cut short still samples every kind."""
    by_kind = {}
    for kind, params in mix:
        by_kind.setdefault(kind, []).append((kind, params))
    ordered = []
    while any(by_kind.values()):
        for queue in by_kind.values():
            if queue:
                ordered.append(queue.pop(0))
    return ordered


def _resident_mb():
    """This process's resident memory in MB (Linux), or 0 where /proc is missing."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


# --- worker: runs inside one database's Django process ---------------------------------------


def run_worker(options):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection

    from bench.corpus import PAGE_MIX, build_corpus, corpus_counts, index_corpus
    from bench.queries import query_mix
    from search.engines import get_engine
    from search.service import run_search

    settings.DEBUG = False  # no SQL logging while timing
    mix_of_pages = {kind: max(1, round(count * options.scale)) for kind, count in PAGE_MIX.items()}
    expected = {**mix_of_pages, "document": options.documents}
    counts = corpus_counts()
    if any(counts[kind] < expected[kind] for kind in expected):
        print(
            f"  building the corpus ({sum(mix_of_pages.values())} pages, {options.documents} "
            "documents)...",
            flush=True,
        )
        started = time.perf_counter()
        build_corpus(mix=mix_of_pages, documents=options.documents)
        built = time.perf_counter() - started
        print(f"  corpus written in {built:.0f}s; indexing...", flush=True)
        started = time.perf_counter()
        index_corpus()
        print(f"  indexed in {time.perf_counter() - started:.0f}s", flush=True)
        counts = corpus_counts()
    engine = get_engine()
    print(f"  corpus: {counts}; engine {type(engine).__module__}.{type(engine).__name__}")

    mix = interleave(query_mix())
    user = AnonymousUser()
    resident_before = _resident_mb()
    for _, params in mix[: options.warmup]:  # warm-up: caches, the OS page cache
        run_search(params, user, log=False)
    timings = {}
    results = {}
    deadline = time.perf_counter() + options.max_seconds
    for _round in range(options.rounds):
        for kind, params in mix:
            if options.cold:
                _forget_cached_state()
            started = time.perf_counter()
            found = run_search(params, user, log=False)
            elapsed = (time.perf_counter() - started) * 1000
            timings.setdefault(kind, []).append(elapsed)
            results[json.dumps(params, sort_keys=True)] = found.total
            if time.perf_counter() > deadline:
                break
        else:
            continue
        print(
            f"  time budget of {options.max_seconds:.0f}s reached: stopped after "
            f"{sum(len(v) for v in timings.values())} timed searches",
            flush=True,
        )
        break
    every = [t for values in timings.values() for t in values]
    resident_after = _resident_mb()
    after_publish = time_after_publish(mix, user, run_search)
    suggest_timings = time_suggestions(mix, user)
    summary = {
        "vendor": connection.vendor,
        "pages": sum(counts[k] for k in counts if k != "document"),
        "documents": counts["document"],
        "samples": len(every),
        "mix_size": len(mix),
        "cold": options.cold,
        "median_ms": statistics.median(every),
        "p95_ms": percentile(every, 0.95),
        "max_ms": max(every),
        "by_kind": {
            kind: {"median_ms": statistics.median(v), "p95_ms": percentile(v, 0.95)}
            for kind, v in timings.items()
        },
        "zero_result_queries": sorted(q for q, total in results.items() if not total),
        "resident_mb_before": resident_before,
        "resident_mb_after": resident_after,
        "after_publish_ms": after_publish,
        "suggest_median_ms": statistics.median(suggest_timings),
        "suggest_p95_ms": percentile(suggest_timings, 0.95),
        "suggest_samples": len(suggest_timings),
    }
    print(RESULT_PREFIX + json.dumps(summary), flush=True)


def _forget_cached_state():
    """Cold: drop what the shared cache holds for search (synonyms, spelling vocabulary)."""
    from django.core.cache import cache

    cache.clear()


def time_after_publish(mix, user, run_search):
    """The first search after a page is published, for each of a few published pages (ms)."""
    from casestudies.models import CaseStudyPage

    timings = []
    for page in CaseStudyPage.objects.live().order_by("pk")[:5]:
        page.save_revision().publish()
        started = time.perf_counter()
        run_search(mix[len(timings)][1], user, log=False)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def time_suggestions(mix, user):
    """Milliseconds for the suggestions endpoint's work on what someone typing the mix's queries
    would send: the first 2, 4 and 7 characters of each."""
    from search.suggestions import suggest

    prefixes = sorted({params["q"][:size] for _, params in mix for size in (2, 4, 7)})
    for prefix in prefixes[:5]:  # warm-up
        suggest(prefix, user)
    timings = []
    for prefix in prefixes:
        started = time.perf_counter()
        suggest(prefix, user)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


# --- driver: prepares each database and runs a worker against it ------------------------------


def _python():
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _postgres_ready(url):
    """(True, "") when the server answers and the benchmark database exists or was created."""
    try:
        import psycopg
    except ImportError:
        return False, "psycopg is not installed (pip install the production extra)"
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        return False, f"no PostgreSQL server at {parts.hostname}:{parts.port or 5432} ({error})"
    return True, ""


def _drop_postgres(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True, connect_timeout=3) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_backend(name, database_url, options, media_root):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "TASKS_BACKEND": "immediate",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("SEARCH_URL", None)
    print(f"\n== {name}: {database_url}", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [_python(), "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    print(f"  migrated in {time.perf_counter() - started:.0f}s", flush=True)
    command = [
        _python(),
        str(Path(__file__).resolve()),
        "--worker",
        f"--rounds={options.rounds}",
        f"--documents={options.documents}",
        f"--max-seconds={options.max_seconds}",
        f"--warmup={options.warmup}",
        f"--scale={options.scale}",
    ]
    if options.cold:
        command.append("--cold")
    summary = None
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as worker:
        for line in worker.stdout:  # streamed, so progress shows while the corpus is built
            if line.startswith(RESULT_PREFIX):
                summary = json.loads(line[len(RESULT_PREFIX) :])
            else:
                print(line, end="", flush=True)
    if worker.returncode:
        raise subprocess.CalledProcessError(worker.returncode, command)
    return summary


def _report(name, summary):
    ratio = summary["p95_ms"] / TARGET_P95_MS
    verdict = "meets" if ratio <= 1 else "MISSES"
    print(
        f"  {name}: {summary['pages']} pages, {summary['documents']} documents, "
        f"{summary['samples']} timed searches of a {summary['mix_size']}-query mix"
        + (", shared cache emptied before each (--cold)" if summary.get("cold") else "")
    )
    print(
        f"  median {summary['median_ms']:.1f} ms   p95 {summary['p95_ms']:.1f} ms   "
        f"max {summary['max_ms']:.1f} ms   p95/target {ratio:.2f} ({verdict} p95 < "
        f"{TARGET_P95_MS:.0f} ms)"
    )
    for kind, figures in summary["by_kind"].items():
        print(
            f"    {kind:<9} median {figures['median_ms']:8.1f} ms   p95 {figures['p95_ms']:8.1f} ms"
        )
    print(
        f"  suggestions as you type: median {summary['suggest_median_ms']:.1f} ms   "
        f"p95 {summary['suggest_p95_ms']:.1f} ms ({summary['suggest_samples']} prefixes)"
    )
    print(
        f"  worker memory: {summary['resident_mb_before']:.0f} MB before the searches, "
        f"{summary['resident_mb_after']:.0f} MB after them"
    )
    after = ", ".join(f"{ms:.1f}" for ms in summary["after_publish_ms"])
    print(f"  first search after each of 5 publishes: {after} ms")
    if summary["zero_result_queries"]:
        print(f"  queries with no results: {', '.join(summary['zero_result_queries'])}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--rebuild", action="store_true", help="Start from empty databases.")
    parser.add_argument("--rounds", type=int, default=3, help="Timed passes over the mix.")
    parser.add_argument("--warmup", type=int, default=10, help="Untimed searches first.")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument(
        "--cold",
        action="store_true",
        help="Forget remembered term-group matches before each search (the worst case).",
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=150,
        help="Stop timing a backend after this many seconds (at least one search is timed).",
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="Size of the corpus against the default (0.1: 1,000 pages; use --documents too).",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.worker:
        return run_worker(options)

    workdir = Path(tempfile.gettempdir()) / "ccin-hub-bench"
    workdir.mkdir(exist_ok=True)
    summaries = {}
    # A corpus of another size lives in databases of its own.
    size_suffix = "" if options.scale == 1 else f"-{options.scale:g}".replace(".", "_")
    for name in [b.strip() for b in options.backends.split(",") if b.strip()]:
        if name == "sqlite":
            path = workdir / f"bench{size_suffix}.sqlite3"
            if options.rebuild:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            url = f"sqlite:///{path}"
        elif name == "postgres":
            url = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL) + size_suffix.replace(
                "-", "_"
            )
            if options.rebuild:
                try:
                    _drop_postgres(url)
                except Exception as error:  # reported below by the readiness check
                    print(f"  (could not drop the benchmark database: {error})")
            ready, reason = _postgres_ready(url)
            if not ready:
                print(f"\n== postgres: SKIPPED: {reason}")
                continue
        else:
            parser.error(f"unknown backend {name!r} (use sqlite and/or postgres)")
        summaries[name] = _run_backend(name, url, options, workdir / "media")

    print(f"\nSearch latency (target: p95 under {TARGET_P95_MS:.0f} ms)")
    for name, summary in summaries.items():
        _report(name, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
