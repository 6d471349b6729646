"""Page benchmark (`make bench-pages`, part of `make bench`): the hub's public pages served by
gunicorn as in production and loaded with wrk on loopback, against a fixed page of the same size
served by the same gunicorn setup in the same run.

    .venv/bin/python bench/page_bench.py [--backends sqlite,postgres] [--scale 0.1,1]
        [--duration 5] [--rounds 3] [--pages listing,search JSON] [--rebuild] [--no-docs]
        [--report RESULTS_JSON]

For each database: the site at each scale (bench/corpus.py's PAGE_BENCH_MIX; scale 1 is about
70 members, 10,000 case studies, 500 toolkits, 300 labs, 300 news items, 200 events, 1,000
documents) is built once and kept, then one gunicorn a scale (gunicorn.conf.py, 2 sync workers,
hub.settings.production, Redis db 8 as the first scale's cache, 9 the second's) serves it, side
by side with the fixed page. Each page type's addresses (bench/page_site.py) are checked to
answer 200 on each scale and warmed up, then wrk (2 threads, 8 connections) loads them in
rounds: the fixed page, then each scale, the scales' order turned round every other round. The
figures are the rounds' medians: requests/s, p50 and p99 latency, and worker CPU per request
(the workers' utime + stime from /proc before and after, over the requests), as a multiple of
the fixed page's in the same rounds. "Cold" runs with PAGE_CACHE_SECONDS=0, "warm" with 600
when the hub has the page cache. The table is printed and written into docs/performance.md
between its markers (unless --no-docs). `--pages` measures only the page types named, or the
groups (home, listing, detail, search) named, to look again at a few in minutes; such a run is
printed, never written into the document, which holds whole runs.
"""

import argparse
import contextlib
import datetime
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import wrk  # noqa: E402
from bench.databases import drop_postgres, postgres_ready  # noqa: E402
from bench.page_report import markdown_report, replace_section, text_report  # noqa: E402
from bench.server import Gunicorn  # noqa: E402

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/ccin_pagebench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/8"
# Gunicorn serves from what production installs (`make production-env`: requirements.lock, no
# development tools), so a worker's memory is production's; the site is built with .venv.
PRODUCTION_VENV = ROOT / ".venv-production"
RESULT_PREFIX = "PAGE-BENCH-SITE "
DOCS = ROOT / "docs" / "performance.md"
WARMUP_SECONDS = 2


def venv_python():
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def serving_venv():
    """The production environment when it is installed, else the development one."""
    return PRODUCTION_VENV if (PRODUCTION_VENV / "bin" / "gunicorn").exists() else ROOT / ".venv"


# --- inside Django: build the site and list its addresses ---------------------------------


def run_prepare(options):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django

    django.setup()
    from bench.page_site import page_cache_available, prepare, url_plan

    counts = prepare(options.scale[0], say=lambda line: print(line, flush=True))
    site = {"counts": counts, "plan": url_plan(), "page_cache": page_cache_available()}
    print(RESULT_PREFIX + json.dumps(site), flush=True)


# --- the driver ------------------------------------------------------------------------------


def _manage(args, env):
    subprocess.run([venv_python(), "manage.py", *args], cwd=ROOT, env=env, check=True)


def build_env(database_url, workdir):
    """The environment the site is built in (development settings, nothing queued)."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "TASKS_BACKEND": "immediate",
        "SEMANTIC_SEARCH": "0",
        "MEDIA_ROOT": str(workdir / "media"),
        "DOCUMENTS_ROOT": str(workdir / "private-media"),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("SEARCH_URL", None)
    env.pop("REDIS_URL", None)
    return env


def serve_env(database_url, redis_url, workdir, page_cache_seconds):
    """Production settings, with what production requires of the environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SEARCH_URL", "DEBUG", "SEMANTIC_SEARCH", "TASKS_BACKEND"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        DOCUMENTS_ROOT=str(workdir / "private-media"),
        LOG_LEVEL="WARNING",
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
    )
    return env


def prepare_site(database_url, scale, workdir):
    env = build_env(database_url, workdir)
    started = time.perf_counter()
    _manage(["migrate", "--no-input", "-v0"], env)
    print(f"  migrated in {time.perf_counter() - started:.0f}s", flush=True)
    command = [venv_python(), str(Path(__file__).resolve()), "--worker", "--scale", str(scale)]
    site = None
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as worker:
        for line in worker.stdout:
            if line.startswith(RESULT_PREFIX):
                site = json.loads(line[len(RESULT_PREFIX) :])
            else:
                print(line, end="", flush=True)
    if worker.returncode or site is None:
        raise RuntimeError("building the benchmark site failed (see above)")
    return site


def flush_cache(redis_url):
    import redis

    redis.Redis.from_url(redis_url).flushdb()


def redis_ready(redis_url):
    try:
        import redis

        redis.Redis.from_url(redis_url, socket_connect_timeout=3).ping()
    except Exception as error:  # any failure means the same: no cache to serve with
        return False, f"no Redis at {redis_url} ({error})"
    return True, ""


def check_addresses(base_url, paths):
    """{path: status} of the addresses that do not answer 200 (each asked once, in turn)."""
    refused = {}
    for path in paths:
        request = urllib.request.Request(base_url + path, headers={"X-Forwarded-Proto": "https"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        if status != 200:
            refused[path] = status
    return refused


class Load:
    """One page type's addresses on one server: written into wrk's script, each asked for once
    (any answer but 200 is kept in `refused`) and a short warm-up, then timed runs on demand."""

    def __init__(self, server, name, group, paths, options, script_dir):
        self.server = server
        self.name = name
        self.group = group
        self.addresses = len(paths)
        self.options = options
        self.script = script_dir / f"{name.replace(' ', '-').replace(',', '')}.lua"
        self.script.write_text(wrk.lua_script(paths))
        self.refused = check_addresses(server.base_url, paths)
        wrk.run(server.base_url, self.script, WARMUP_SECONDS, options.threads, options.connections)

    def timed_run(self):
        """One round's figures: wrk's, and the workers' CPU per request over it."""
        # From idle workers to the moment wrk stops: at most the two requests being served then
        # are counted in part, against the hundreds wrk counts.
        self.server.wait_until_idle()
        before = self.server.cpu_seconds()
        options = self.options
        result = wrk.run(
            self.server.base_url,
            self.script,
            options.duration,
            options.threads,
            options.connections,
        )
        cpu = self.server.cpu_seconds() - before
        self.server.wait_until_idle()
        figures = {
            "requests": result.requests,
            "rps": result.per_second,
            "p50_ms": result.p50_ms,
            "p99_ms": result.p99_ms,
            "cpu_ms": cpu * 1000 / result.requests if result.requests else 0.0,
            "bytes": result.bytes_per_request,
            "non_2xx": result.non_2xx,
            "socket_errors": result.socket_errors,
        }
        print(
            f"    {self.name:<22} {figures['rps']:8.0f} req/s  p50 {figures['p50_ms']:7.1f} ms  "
            f"p99 {figures['p99_ms']:7.1f} ms  {figures['cpu_ms']:7.2f} ms CPU/req  "
            f"{figures['bytes'] / 1024:5.0f} KB"
            + (f"  NOT 200: {self.refused}" if self.refused else ""),
            flush=True,
        )
        return figures

    def figures(self, rounds):
        summary = rounds_summary(rounds)
        return {"group": self.group, "addresses": self.addresses, **summary} | {
            "refused": self.refused
        }


def rounds_summary(rounds):
    """The rounds' medians, with their counts of requests and errors summed: one slow moment of
    a shared machine moves a median of three rounds less than it moves a mean."""
    summary = {"rounds": len(rounds)}
    for key in ("rps", "p50_ms", "p99_ms", "cpu_ms", "bytes"):
        summary[key] = statistics.median(done[key] for done in rounds)
    for key in ("requests", "non_2xx", "socket_errors"):
        summary[key] = sum(done[key] for done in rounds)
    return summary


def fixed_page_server(env, workdir, options):
    return Gunicorn(
        env,
        workdir / "gunicorn-fixed.log",
        app="bench.fixed_page:application",
        venv=options.serving_venv,
    )


def measure_fixed(fixed_load, options):
    return fixed_load.figures([fixed_load.timed_run() for _ in range(options.rounds)])


def measure_hub(servers, fixed_load, sites, runs, options, script_dir, mode):
    """Every page type on each size of the site (`servers`, `sites` and `runs` are one per
    size), in rounds: each round times the fixed page, then each size, the sizes' order turned
    round every other round. {page name: the rounds' medians, with the fixed page's as `fixed`}
    into each run's `modes[mode]`; uncached, each worker's memory at boot, after the pages and
    after the searches into its `memory`."""
    cold = mode == "cold"
    for server, run in zip(servers, runs, strict=True):
        run["modes"][mode] = {}
        if cold:
            run["memory"]["boot"] = server.resident_mb()
    # Each size's plan lists the same page types in the same order, with its own addresses.
    for endpoints in zip(*(site["plan"] for site in sites), strict=True):
        loads = []
        for server, endpoint, run in zip(servers, endpoints, runs, strict=True):
            if endpoint["group"] == "search" and cold and "pages" not in run["memory"]:
                run["memory"]["pages"] = server.resident_mb()
            label = f"{endpoint['name']}, {run['scale']:g}"
            loads.append(
                Load(server, label, endpoint["group"], endpoint["paths"], options, script_dir)
            )
        fixed_rounds, rounds = [], [[] for _ in loads]
        for number in range(options.rounds):
            fixed_rounds.append(fixed_load.timed_run())
            order = list(range(len(loads)))
            for index in order if number % 2 == 0 else order[::-1]:
                rounds[index].append(loads[index].timed_run())
        paired = fixed_load.figures(fixed_rounds)
        for load, done, endpoint, run in zip(loads, rounds, endpoints, runs, strict=True):
            figures = load.figures(done)
            figures["fixed"] = {key: paired[key] for key in ("rps", "cpu_ms")}
            run["modes"][mode][endpoint["name"]] = figures
    if cold:
        for server, run in zip(servers, runs, strict=True):
            run["memory"]["search"] = server.resident_mb()
            run["memory"].setdefault("pages", run["memory"]["search"])


def selected_pages(plan, wanted):
    """The entries of a site's plan that `wanted` names (a comma-separated list of page types
    and groups), in the plan's order; every entry when it names none."""
    names = [name.strip() for name in wanted.split(",") if name.strip()]
    if not names:
        return plan
    known = [entry["name"] for entry in plan]
    known += sorted({entry["group"] for entry in plan})
    if unknown := [name for name in names if name not in known]:
        raise SystemExit(
            f"--pages: no page type or group {', '.join(map(repr, unknown))}; "
            f"choose from: {', '.join(known)}"
        )
    return [entry for entry in plan if entry["name"] in names or entry["group"] in names]


def redis_url_for(base_url, offset):
    """The Redis database `offset` places after `base_url`'s: each size of the site has its own,
    as the content generation and facts keyed by their SQL use the same names on every site."""
    parts = urllib.parse.urlsplit(base_url)
    number = int(parts.path.strip("/") or 0) + offset
    return urllib.parse.urlunsplit(parts._replace(path=f"/{number}"))


def run_backend(backend, sizes, options, workdir):
    """The runs ({scale, counts, modes, memory, fixed}) of one database's sizes, [(scale,
    database URL)]. The sizes and the fixed page are served side by side, and each page type is
    measured just after the fixed page, on each size in turn: the machine's drift between the
    figures a ratio compares is then seconds, not the half hour a whole size takes."""
    sites = []
    for scale, url in sizes:
        print(f"\n== {backend}, scale {scale:g}: {url}", flush=True)
        site = prepare_site(url, scale, workdir)
        site["plan"] = selected_pages(site["plan"], options.pages)
        print(f"  site: {site['counts']}", flush=True)
        sites.append(site)
    script_dir = workdir / "scripts"
    script_dir.mkdir(exist_ok=True)
    fixed = {}
    runs = [
        {"backend": backend, "scale": scale, "counts": site["counts"], "modes": {}, "memory": {}}
        | {"fixed": fixed}
        for (scale, _url), site in zip(sizes, sites, strict=True)
    ]
    modes = [("cold", 0)]
    if all(site["page_cache"] for site in sites):
        modes.append(("warm", 600))
    else:
        print(
            "  this build of the hub has no page cache (PAGE_CACHE_SECONDS): warm runs skipped",
            flush=True,
        )
    print(f"\n== {backend}: the sizes side by side", flush=True)
    fixed_env = serve_env(sizes[0][1], options.redis_url, workdir, 0)
    with fixed_page_server(fixed_env, workdir, options) as fixed_server:
        fixed_load = Load(fixed_server, "fixed 40 KB page", "fixed", ["/"], options, script_dir)
        fixed["before"] = measure_fixed(fixed_load, options)
        for mode, seconds in modes:
            print(f"  {mode} (PAGE_CACHE_SECONDS={seconds}):", flush=True)
            with contextlib.ExitStack() as stack:
                servers = []
                for offset, (_scale, url) in enumerate(sizes):
                    redis_url = redis_url_for(options.redis_url, offset)
                    flush_cache(redis_url)
                    env = serve_env(url, redis_url, workdir, seconds)
                    log = workdir / f"gunicorn-hub-{offset}.log"
                    server = Gunicorn(env, log, venv=options.serving_venv)
                    servers.append(stack.enter_context(server))
                measure_hub(servers, fixed_load, sites, runs, options, script_dir, mode)
        fixed["after"] = measure_fixed(fixed_load, options)
    return runs


def database_url(backend, scale, options, workdir):
    suffix = "" if scale == 1 else f"_{scale:g}".replace(".", "_")
    if backend == "sqlite":
        path = workdir / f"pages{suffix}.sqlite3"
        if options.rebuild:
            for extra in ("", "-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    url = options.postgres_url + suffix
    if options.rebuild:
        try:
            drop_postgres(url)
        except Exception as error:  # the readiness check below says what is wrong
            print(f"  (could not drop the benchmark database: {error})")
    ready, reason = postgres_ready(url)
    if not ready:
        print(f"\n== postgres: SKIPPED: {reason}")
        return None
    return url


def collect_static(options, workdir):
    """The production settings' manifest storage needs collected static files."""
    env = serve_env(options.postgres_url, options.redis_url, workdir, 0)
    env["DATABASE_URL"] = f"sqlite:///{workdir / 'static.sqlite3'}"
    _manage(["collectstatic", "--no-input", "-v0"], env)


def run_notes(runs, options, load_before, load_after):
    def commit():
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        return done.stdout.strip() or "unknown"

    warm = any("warm" in run["modes"] for run in runs)
    command = f"bench/page_bench.py --duration {options.duration} --rounds {options.rounds}"
    if options.pages:
        command += f" --pages '{options.pages}'"
    notes = [
        f"Measured {datetime.datetime.now(datetime.UTC):%d %B %Y %H:%M} UTC on commit {commit()} "
        f"with `{command}`: wrk -t{options.threads} -c{options.connections}, "
        f"{options.rounds} rounds of {options.duration} s a page type after a "
        f"{WARMUP_SECONDS} s warm-up, gunicorn with 2 sync workers on the same 2-core machine.",
        f"Load average (1, 5, 15 min) {load_before} before the run and {load_after} after it; the "
        "machine is shared, so ratios within one run are what count.",
        "CPU ms/req: the workers' utime + stime over a timed run, divided by its requests; "
        "each figure is the median of a page type's rounds. x fixed: that over the fixed 40 KB "
        "page's median in the same rounds, served by the same gunicorn.conf.py beside the hub "
        "(the fixed page row: the mean of its rounds before and after the database's pages). "
        "A database's two sizes were served side by side, each round timing the fixed page, "
        "then both sizes, their order turned round every other round.",
        f"Gunicorn ran from {options.serving_venv.name}"
        + (
            " (what production installs: requirements.lock, no development tools)."
            if options.serving_venv == PRODUCTION_VENV
            else " (the development environment: `make production-env` was not run)."
        ),
    ]
    if options.pages:
        notes.append(
            f'Only these page types were measured: {options.pages}. Worker memory "after the '
            'pages" is read after them, before any search among them.'
        )
    if not warm:
        notes.append(
            "No warm (page cache) figures: this build of the hub has no PAGE_CACHE_SECONDS "
            "setting, so every page was measured uncached."
        )
    notes.append(
        "The bench site has no passages for search by meaning, so searches match by keywords "
        "only (no model is loaded) and related-by-meaning lists are empty; see the memory notes "
        "below for what the model and the passage matrix add."
    )
    notes.append(
        "The Wagtail demo site (bakerydemo) cannot be fetched on this machine, so it is not "
        "measured here: the multiples measured for it when the targets were set (252x home, "
        "162x blog index, 185x breads index, 134x blog post, 226x search) are the reference "
        "the targets halve."
    )
    return notes


def load_average():
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--scale",
        default="0.1,1",
        help="Sizes of the site, comma-separated (1: 10,000 case studies; 0.1: 1,000).",
    )
    parser.add_argument(
        "--duration", type=int, default=5, help="Seconds of load a page type, each round."
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="Timed runs of each page type (the median counts)."
    )
    parser.add_argument(
        "--pages",
        default="",
        help="Only these page types or groups, comma-separated (not written to the docs).",
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rebuild", action="store_true", help="Start from empty databases.")
    parser.add_argument("--no-docs", dest="docs", action="store_false", help="Print only.")
    parser.add_argument(
        "--report", metavar="RESULTS_JSON", help="Print (and write) the figures of an earlier run."
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    options.scale = [float(value) for value in options.scale.split(",") if value.strip()]
    if options.worker:
        return run_prepare(options)
    if options.report:
        saved = json.loads(Path(options.report).read_text())
        return report(saved["runs"], saved["notes"], options.docs, saved.get("pages", ""))
    options.postgres_url = os.environ.get("BENCH_PAGES_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    options.redis_url = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
    options.serving_venv = serving_venv()
    if options.serving_venv != PRODUCTION_VENV:
        print(
            f"{PRODUCTION_VENV.name} is missing (`make production-env` installs it): serving from "
            ".venv, whose development tools add about a megabyte to each worker."
        )
    if not wrk.installed():
        print(wrk.INSTALL_HINT)
        return 2
    ready, reason = redis_ready(options.redis_url)
    if not ready:
        print(f"The page benchmark serves with production settings, which need Redis: {reason}.")
        return 2

    workdir = Path(tempfile.gettempdir()) / "ccin-hub-pagebench"
    workdir.mkdir(exist_ok=True)
    for log in workdir.glob("gunicorn-*.log"):
        log.unlink()
    print("Collecting static files for the production settings...", flush=True)
    collect_static(options, workdir)
    load_before = load_average()
    runs = []
    results = workdir / "results.json"
    backends = [b.strip() for b in options.backends.split(",") if b.strip()]
    for backend in backends:
        if backend not in {"sqlite", "postgres"}:
            parser.error(f"unknown backend {backend!r} (use sqlite and/or postgres)")
        sizes = [(scale, database_url(backend, scale, options, workdir)) for scale in options.scale]
        sizes = [(scale, url) for scale, url in sizes if url]
        if sizes:
            runs.extend(run_backend(backend, sizes, options, workdir))
            # Kept after each database, so a run cut short can still be reported (--report).
            notes = run_notes(runs, options, load_before, load_average())
            saved = {"runs": runs, "notes": notes, "pages": options.pages}
            results.write_text(json.dumps(saved, indent=1))
    if not runs:
        return 1
    print(f"\nThe figures are also in {results}.")
    return report(runs, notes, options.docs, options.pages)


def report(runs, notes, docs, pages=""):
    print(text_report(runs, notes))
    if pages:
        print(
            f"\nA run of only these pages ({pages}): not written to {os.path.relpath(DOCS, ROOT)}."
        )
    elif docs:
        DOCS.write_text(replace_section(DOCS.read_text(), markdown_report(runs, notes)))
        print(f"\nFigures written to {DOCS.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
