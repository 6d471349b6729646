"""Page benchmark (`make bench-pages`, part of `make bench`): the hub's public pages served by
gunicorn as in production and loaded with wrk on loopback, against a fixed page of the same size
served by the same gunicorn setup in the same run.

    .venv/bin/python bench/page_bench.py [--backends sqlite,postgres] [--scale 0.1,1]
        [--duration 15] [--rebuild] [--no-docs] [--report RESULTS_JSON]

For each database: the site at each scale (bench/corpus.py's PAGE_BENCH_MIX; scale 1 is about
70 members, 10,000 case studies, 500 toolkits, 300 labs, 300 news items, 200 events, 1,000
documents) is built once and kept, then one gunicorn a scale (gunicorn.conf.py, 2 sync workers,
hub.settings.production, Redis db 8 as the first scale's cache, 9 the second's) serves it, side
by side. Each page type is loaded on each scale in turn with wrk (2 threads, 8 connections)
rotating through many addresses (bench/page_site.py), after a check that each answers 200 and
a short warm-up. The figures: requests/s, p50 and p99 latency, and worker CPU per request (the
workers' utime + stime from /proc before and after, over the requests), as a multiple of the
fixed page's, measured before and after the database's pages. "Cold" runs with
PAGE_CACHE_SECONDS=0, "warm" with 600 when the hub has the page cache. The table is printed and
written into docs/performance.md between its markers (unless --no-docs).
"""

import argparse
import contextlib
import datetime
import json
import os
import secrets
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


def measure(server, name, group, paths, options, script_dir):
    """Figures for one page type: the addresses checked, a warm-up, then the timed run."""
    script = script_dir / f"{name.replace(' ', '-').replace(',', '')}.lua"
    script.write_text(wrk.lua_script(paths))
    refused = check_addresses(server.base_url, paths)
    wrk.run(server.base_url, script, WARMUP_SECONDS, options.threads, options.connections)
    # From idle workers to the moment wrk stops: at most the two requests being served then are
    # counted in part, against the hundreds wrk counts.
    server.wait_until_idle()
    before = server.cpu_seconds()
    result = wrk.run(
        server.base_url, script, options.duration, options.threads, options.connections
    )
    cpu = server.cpu_seconds() - before
    server.wait_until_idle()
    figures = {
        "group": group,
        "addresses": len(paths),
        "requests": result.requests,
        "rps": result.per_second,
        "p50_ms": result.p50_ms,
        "p99_ms": result.p99_ms,
        "cpu_ms": cpu * 1000 / result.requests if result.requests else 0.0,
        "bytes": result.bytes_per_request,
        "non_2xx": result.non_2xx,
        "socket_errors": result.socket_errors,
        "refused": refused,
    }
    print(
        f"    {name:<22} {figures['rps']:8.0f} req/s  p50 {figures['p50_ms']:7.1f} ms  "
        f"p99 {figures['p99_ms']:7.1f} ms  {figures['cpu_ms']:7.2f} ms CPU/req  "
        f"{figures['bytes'] / 1024:5.0f} KB" + (f"  NOT 200: {refused}" if refused else ""),
        flush=True,
    )
    return figures


def fixed_page_server(env, workdir, options):
    return Gunicorn(
        env,
        workdir / "gunicorn-fixed.log",
        app="bench.fixed_page:application",
        venv=options.serving_venv,
    )


def measure_fixed(server, options, script_dir):
    return measure(server, "fixed 40 KB page", "fixed", ["/"], options, script_dir)


def measure_hub(servers, fixed_server, sites, runs, options, script_dir, mode):
    """Every page type on each size of the site in turn (`servers`, `sites` and `runs` are one
    per size), each type just after the fixed page: {page name: figures, with the fixed page's
    as `fixed`} into each run's `modes[mode]`, and uncached, each worker's memory at boot, after
    the pages and after the searches into its `memory`."""
    cold = mode == "cold"
    for server, run in zip(servers, runs, strict=True):
        run["modes"][mode] = {}
        if cold:
            run["memory"]["boot"] = server.resident_mb()
    # Each size's plan lists the same page types in the same order, with its own addresses.
    for endpoints in zip(*(site["plan"] for site in sites), strict=True):
        paired = measure_fixed(fixed_server, options, script_dir)
        for server, endpoint, run in zip(servers, endpoints, runs, strict=True):
            if endpoint["group"] == "search" and cold and "pages" not in run["memory"]:
                run["memory"]["pages"] = server.resident_mb()
            label = f"{endpoint['name']}, {run['scale']:g}"
            figures = measure(
                server, label, endpoint["group"], endpoint["paths"], options, script_dir
            )
            figures["fixed"] = {key: paired[key] for key in ("rps", "cpu_ms")}
            run["modes"][mode][endpoint["name"]] = figures
    if cold:
        for server, run in zip(servers, runs, strict=True):
            run["memory"]["search"] = server.resident_mb()
            run["memory"].setdefault("pages", run["memory"]["search"])


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
        fixed["before"] = measure_fixed(fixed_server, options, script_dir)
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
                measure_hub(servers, fixed_server, sites, runs, options, script_dir, mode)
        fixed["after"] = measure_fixed(fixed_server, options, script_dir)
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
    notes = [
        f"Measured {datetime.datetime.now(datetime.UTC):%d %B %Y %H:%M} UTC on commit {commit()} "
        f"with `bench/page_bench.py --duration {options.duration}`: wrk -t{options.threads} "
        f"-c{options.connections}, {options.duration} s a page type after a "
        f"{WARMUP_SECONDS} s warm-up, gunicorn with 2 sync workers on the same 2-core machine.",
        f"Load average (1, 5, 15 min) {load_before} before the run and {load_after} after it; the "
        "machine is shared, so ratios within one run are what count.",
        "CPU ms/req: the workers' utime + stime over the timed run, divided by its requests. "
        "x fixed: that over the fixed 40 KB page's (the mean of its runs before and after the "
        "database's pages), served by the same gunicorn.conf.py. A database's two sizes were "
        "served side by side, each page type measured on the small site and then the large.",
        f"Gunicorn ran from {options.serving_venv.name}"
        + (
            " (what production installs: requirements.lock, no development tools)."
            if options.serving_venv == PRODUCTION_VENV
            else " (the development environment: `make production-env` was not run)."
        ),
    ]
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
    parser.add_argument("--duration", type=int, default=15, help="Seconds of load a page type.")
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
        return report(saved["runs"], saved["notes"], options.docs)
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
            results.write_text(json.dumps({"runs": runs, "notes": notes}, indent=1))
    if not runs:
        return 1
    print(f"\nThe figures are also in {results}.")
    return report(runs, notes, options.docs)


def report(runs, notes, docs):
    print(text_report(runs, notes))
    if docs:
        DOCS.write_text(replace_section(DOCS.read_text(), markdown_report(runs, notes)))
        print(f"\nFigures written to {DOCS.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
