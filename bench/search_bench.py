"""Search benchmark (`make bench`): latency of a fixed query mix over 10,000 pages and 1,000
documents, on SQLite and on PostgreSQL, keyword-only and hybrid (keyword and meaning).

    .venv/bin/python bench/search_bench.py [--backends sqlite,postgres] [--rebuild] [--rounds N]
        [--no-semantic] [--scale 0.1 --documents 100]

Each database is built once (migrate, synthetic corpus, `rebuild_search_index`) and kept for the
next run: SQLite in $TMPDIR/ccin-hub-bench/, PostgreSQL in the database named by BENCH_POSTGRES_URL
(default postgres://postgres@127.0.0.1:5432/ccin_bench), skipped with a message when no
PostgreSQL server answers. The passages for search by meaning are made again every run
(bench/passages.py says how, and why their vectors are approximate). The queries run through the
search service (search.service.run_search) exactly as the /search/ page calls it, after a warm-up
pass; the figures are wall-clock times of whole searches (matching, ranking, facets and snippets
for the first page of results), with the shared cache kept (warm) and emptied before each
(cold), first keyword-only and then hybrid, in one worker process whose memory is read between.
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

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.databases import drop_postgres, postgres_ready  # noqa: E402

TARGET_P95_MS = 100.0  # keyword-only
TARGET_HYBRID_P95_MS = 150.0  # keyword and meaning
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


def resident_mb():
    """This process's resident memory in MB (Linux), or 0 where /proc is missing."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


# --- workers: run inside one database's Django process ---------------------------------------


def _setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # no SQL logging while timing


def run_prepare(options):
    """Build the corpus and its search index when missing, then (unless --no-semantic) the
    passages and their vectors, every run. In a process of its own, so that the measuring
    worker's memory holds nothing from building."""
    _setup_django()
    from bench.corpus import PAGE_MIX, build_corpus, corpus_counts, index_corpus

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
    figures = {}
    if options.semantic:
        from bench.passages import build_passages

        print("  passages for search by meaning (made again every run)...", flush=True)
        figures = build_passages(options.vectors_file, say=lambda line: print(line, flush=True))
    print(RESULT_PREFIX + json.dumps(figures), flush=True)


def _semantic(enabled):
    from django.conf import settings
    from django.test import override_settings

    return override_settings(SEMANTIC_SEARCH={**settings.SEMANTIC_SEARCH, "enabled": enabled})


MEMORY_SEARCHES = 200  # searches made, keyword-only and then hybrid, before memory is read


def run_measure(options):
    """Memory first: 200 searches keyword-only, then (unless --no-semantic) the model loaded
    and 200 hybrid searches, the worker's memory read after each. Then the timings: each query
    of the mix keyword-only and hybrid one after the other (so both see the same load on a
    shared machine), with the shared cache kept (warm) and emptied before every search (cold)."""
    _setup_django()
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection

    from bench.corpus import corpus_counts
    from bench.queries import query_mix
    from search.engines import get_engine
    from semantic.models import Passage

    counts = corpus_counts()
    engine = get_engine()
    print(f"  corpus: {counts}; engine {type(engine).__module__}.{type(engine).__name__}")
    mix = interleave(query_mix())
    user = AnonymousUser()
    modes = ["keyword", "hybrid"] if options.semantic else ["keyword"]
    summary = {
        "vendor": connection.vendor,
        "pages": sum(counts[k] for k in counts if k != "document"),
        "documents": counts["document"],
        "mix_size": len(mix),
        "memory_mb": {"start": resident_mb()},
        "after_publish_ms": {},
    }
    publishes = _publishable_pages()
    with _semantic(False):
        summary["memory_mb"]["keyword"] = _resident_after_searches(mix, user)
        summary["after_publish_ms"]["keyword"] = time_after_publish(mix, user, publishes[:5])
        suggest_timings = time_suggestions(mix, user)
    summary.update(
        suggest_median_ms=statistics.median(suggest_timings),
        suggest_p95_ms=percentile(suggest_timings, 0.95),
        suggest_samples=len(suggest_timings),
    )
    if options.semantic:
        summary["passages"] = Passage.objects.count()
        with _semantic(True):
            load_hybrid(summary, mix, user)
    summary["modes"] = {
        "warm": time_mix(mix, user, options, modes, cold=False),
        "cold": time_mix(mix, user, options, modes, cold=True),
    }
    if options.semantic:
        with _semantic(True):
            after_publish_hybrid(summary, mix, user, publishes[5:])
    print(RESULT_PREFIX + json.dumps(summary), flush=True)


def _resident_after_searches(mix, user):
    from search.service import run_search

    for index in range(MEMORY_SEARCHES):
        run_search(mix[index % len(mix)][1], user, log=False)
    return resident_mb()


def load_hybrid(summary, mix, user):
    """The model's load, the first hybrid search (which reads every vector), and the worker's
    memory after each and after 200 hybrid searches."""
    from search.service import run_search
    from semantic.encoder import get_encoder

    memory = summary["memory_mb"]
    started = time.perf_counter()
    get_encoder()
    summary["model_load_ms"] = (time.perf_counter() - started) * 1000
    memory["model"] = resident_mb()
    started = time.perf_counter()
    run_search(mix[0][1], user, log=False)
    summary["first_hybrid_ms"] = (time.perf_counter() - started) * 1000
    memory["matrix"] = resident_mb()
    memory["hybrid"] = _resident_after_searches(mix, user)


def after_publish_hybrid(summary, mix, user, publishes):
    """The first hybrid search after each of five publishes (each replaces a page's passages,
    so the worker's matrix reads the new rows), then the matrix's update alone."""
    from semantic.matching import forget_query_vectors
    from semantic.vectors import passage_matrix

    forget_query_vectors()
    summary["after_publish_ms"]["hybrid"] = time_after_publish(mix, user, publishes[:5])
    refreshes = []
    for page in publishes[5:8]:
        page.save_revision().publish()
        started = time.perf_counter()
        passage_matrix()
        refreshes.append((time.perf_counter() - started) * 1000)
    summary["after_publish_ms"]["matrix_refresh"] = refreshes


def time_mix(mix, user, options, modes, cold):
    """{mode: figures} for `--rounds` passes over the mix (or until --max-seconds), each query
    searched in each mode in turn. Every hybrid search embeds its query: the process remembers
    recent query vectors, but the mix repeats each round and real searches are mostly new."""
    from search.service import run_search
    from semantic.matching import forget_query_vectors

    timings = {mode: {} for mode in modes}
    results = {}
    deadline = time.perf_counter() + options.max_seconds
    with _semantic("hybrid" in modes):
        for _, params in mix[: options.warmup]:  # warm-up: caches, the OS page cache
            run_search(params, user, log=False)
    for _round in range(options.rounds):
        for kind, params in mix:
            for mode in modes:
                if cold:
                    _forget_cached_state()
                forget_query_vectors()
                with _semantic(mode == "hybrid"):
                    started = time.perf_counter()
                    found = run_search(params, user, log=False)
                    elapsed = (time.perf_counter() - started) * 1000
                timings[mode].setdefault(kind, []).append(elapsed)
                if mode == "keyword":
                    results[json.dumps(params, sort_keys=True)] = found.total
            if time.perf_counter() > deadline:
                break
        else:
            continue
        print(
            f"  time budget of {options.max_seconds:.0f}s reached: stopped after "
            f"{sum(len(v) for v in timings[modes[0]].values())} queries",
            flush=True,
        )
        break
    return {mode: _figures(by_kind) for mode, by_kind in timings.items()} | {
        "zero_result_queries": sorted(q for q, total in results.items() if not total)
    }


def _figures(by_kind):
    every = [t for values in by_kind.values() for t in values]
    return {
        "samples": len(every),
        "median_ms": statistics.median(every),
        "p95_ms": percentile(every, 0.95),
        "max_ms": max(every),
        "by_kind": {
            kind: {"median_ms": statistics.median(v), "p95_ms": percentile(v, 0.95)}
            for kind, v in by_kind.items()
        },
    }


def _forget_cached_state():
    """Cold: drop what the shared cache holds for search (synonyms, spelling vocabulary)."""
    from django.core.cache import cache

    cache.clear()


def _publishable_pages():
    from casestudies.models import CaseStudyPage

    return list(CaseStudyPage.objects.live().order_by("pk")[:13])


def time_after_publish(mix, user, pages):
    """The first search after each of these pages is published (ms)."""
    from search.service import run_search

    timings = []
    for page in pages:
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


def venv_python():
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _worker(step, options, env):
    """Run one worker step (prepare or measure) and return the figures it reports."""
    command = [
        venv_python(),
        str(Path(__file__).resolve()),
        f"--worker={step}",
        f"--rounds={options.rounds}",
        f"--documents={options.documents}",
        f"--max-seconds={options.max_seconds}",
        f"--warmup={options.warmup}",
        f"--scale={options.scale}",
        f"--vectors-file={options.vectors_file}",
    ]
    if not options.semantic:
        command.append("--no-semantic")
    figures = None
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as worker:
        for line in worker.stdout:  # streamed, so progress shows while the corpus is built
            if line.startswith(RESULT_PREFIX):
                figures = json.loads(line[len(RESULT_PREFIX) :])
            else:
                print(line, end="", flush=True)
    if worker.returncode:
        raise subprocess.CalledProcessError(worker.returncode, command)
    return figures


def _run_backend(name, database_url, options, media_root):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "TASKS_BACKEND": "immediate",
        "LOG_LEVEL": "WARNING",
        # Publishing or indexing embeds nothing unless the measuring worker turns it on: the
        # corpus's passages are made by bench/passages.py.
        "SEMANTIC_SEARCH": "0",
    }
    env.pop("SEARCH_URL", None)
    print(f"\n== {name}: {database_url}", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [venv_python(), "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    print(f"  migrated in {time.perf_counter() - started:.0f}s", flush=True)
    prepared = _worker("prepare", options, env)
    summary = _worker("measure", options, env)
    summary["prepared"] = prepared
    return summary


def _verdict(p95, target):
    verdict = "meets" if p95 <= target else "MISSES"
    return f"p95/target {p95 / target:.2f} ({verdict} p95 < {target:.0f} ms)"


def _report(name, summary):
    print(
        f"\n  {name}: {summary['pages']} pages, {summary['documents']} documents, "
        f"a {summary['mix_size']}-query mix"
        + (f", {summary['passages']} passages" if "passages" in summary else "")
    )
    targets = {"keyword": TARGET_P95_MS, "hybrid": TARGET_HYBRID_P95_MS}
    columns = []
    for state, by_mode in summary["modes"].items():
        for mode in targets:
            figures = by_mode.get(mode)
            if not figures:
                continue
            columns.append((f"{mode} {state}", figures))
            print(
                f"  {mode:<7} {state}: {figures['samples']} searches   median "
                f"{figures['median_ms']:.1f} ms   p95 {figures['p95_ms']:.1f} ms   max "
                f"{figures['max_ms']:.1f} ms   {_verdict(figures['p95_ms'], targets[mode])}"
            )
    print("  by kind, median / p95 (ms):")
    print("    " + " " * 11 + "".join(f"{title:>20}" for title, _ in columns))
    for kind in columns[0][1]["by_kind"]:
        cells = []
        for _, figures in columns:
            found = figures["by_kind"][kind]
            cells.append(f"{found['median_ms']:7.1f} / {found['p95_ms']:6.1f}")
        print(f"    {kind:<11}" + "".join(f"{cell:>20}" for cell in cells))
    print(
        f"  suggestions as you type: median {summary['suggest_median_ms']:.1f} ms   "
        f"p95 {summary['suggest_p95_ms']:.1f} ms ({summary['suggest_samples']} prefixes)"
    )
    for mode, timings in summary["after_publish_ms"].items():
        shown = ", ".join(f"{ms:.1f}" for ms in timings)
        if mode == "matrix_refresh":
            print(f"  the vector matrix brought up to date after a publish, alone: {shown} ms")
        else:
            print(f"  first {mode} search after each of {len(timings)} publishes: {shown} ms")
    memory = summary["memory_mb"]
    print(
        f"  worker memory: {memory['start']:.0f} MB at start, {memory['keyword']:.0f} MB after "
        f"{MEMORY_SEARCHES} keyword-only searches"
    )
    if "hybrid" in memory:
        print(
            f"    model loaded in {summary['model_load_ms']:.0f} ms: {memory['model']:.0f} MB; "
            f"first hybrid search (reads every vector) {summary['first_hybrid_ms']:.0f} ms: "
            f"{memory['matrix']:.0f} MB; after {MEMORY_SEARCHES} hybrid searches "
            f"{memory['hybrid']:.0f} MB (+{memory['hybrid'] - memory['keyword']:.0f} MB for "
            "search by meaning)"
        )
    zero = summary["modes"]["warm"]["zero_result_queries"]
    if zero:
        print(f"  queries with no keyword results: {', '.join(zero)}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--rebuild", action="store_true", help="Start from empty databases.")
    parser.add_argument("--rounds", type=int, default=3, help="Timed passes over the mix.")
    parser.add_argument("--warmup", type=int, default=10, help="Untimed searches first.")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument(
        "--no-semantic",
        dest="semantic",
        action="store_false",
        help="Keyword search only: no passages, no model (a quicker run).",
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=150,
        help="Stop timing one mode after this many seconds (at least one search is timed).",
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="Size of the corpus against the default (0.1: 1,000 pages; use --documents too).",
    )
    parser.add_argument("--worker", choices=["prepare", "measure"], help=argparse.SUPPRESS)
    parser.add_argument("--vectors-file", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.worker == "prepare":
        return run_prepare(options)
    if options.worker == "measure":
        return run_measure(options)

    workdir = Path(tempfile.gettempdir()) / "ccin-hub-bench"
    workdir.mkdir(exist_ok=True)
    summaries = {}
    # A corpus of another size lives in databases of its own.
    size_suffix = "" if options.scale == 1 else f"-{options.scale:g}".replace(".", "_")
    with tempfile.TemporaryDirectory(prefix="ccin-bench-run-") as run_dir:
        # The sentence vectors of this run only (bench/passages.py): made once, used by each
        # database, deleted at the end of the run.
        options.vectors_file = str(Path(run_dir) / "sentence-vectors.npz")
        for name in [b.strip() for b in options.backends.split(",") if b.strip()]:
            if name == "sqlite":
                path = workdir / f"bench{size_suffix}.sqlite3"
                if options.rebuild:
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{path}{suffix}").unlink(missing_ok=True)
                url = f"sqlite:///{path}"
            elif name == "postgres":
                url = os.environ.get(
                    "BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL
                ) + size_suffix.replace("-", "_")
                if options.rebuild:
                    try:
                        drop_postgres(url)
                    except Exception as error:  # reported below by the readiness check
                        print(f"  (could not drop the benchmark database: {error})")
                ready, reason = postgres_ready(url)
                if not ready:
                    print(f"\n== postgres: SKIPPED: {reason}")
                    continue
            else:
                parser.error(f"unknown backend {name!r} (use sqlite and/or postgres)")
            summaries[name] = _run_backend(name, url, options, workdir / "media")

    print(
        f"\nSearch latency (targets: p95 under {TARGET_P95_MS:.0f} ms keyword-only, "
        f"{TARGET_HYBRID_P95_MS:.0f} ms hybrid)"
    )
    if options.semantic:
        print(
            "Passage vectors are approximate: each distinct sentence of the corpus is embedded "
            "once with the model and a passage gets the normalised mean of its sentences' "
            "vectors (bench/passages.py). Latency depends on the number of passages and their "
            "dimensions, not on the vectors' values."
        )
    for name, summary in summaries.items():
        _report(name, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
