"""The page benchmark's figures as text: the table it prints and the section of
docs/performance.md it rewrites (between the markers), both from the same run's results.

A run is a dict: backend, scale, counts, fixed ({"before", "after"}: figures of the fixed page),
modes ({"cold" | "warm": {page name: figures}}), memory ({"boot" | "pages" | "search": [MB of
each worker]}). Figures: group, rps, p50_ms, p99_ms, cpu_ms (worker CPU per request), bytes,
requests, non_2xx, socket_errors, and fixed ({rps, cpu_ms}: the fixed page measured just before
them), by which they are judged; runs recorded without it are judged by the fixed page's
before and after.
"""

# The uncached targets, as multiples of the fixed page's worker CPU per request (half of
# the Wagtail demo site's multiples on comparable pages), by the group a page belongs to.
TARGETS = {"home": 125, "listing": 80, "detail": 67, "search": 113}
START_MARKER = "<!-- page-bench:start (written by bench/page_bench.py) -->"
END_MARKER = "<!-- page-bench:end -->"
CACHED_RPS_SHARE = 0.8  # cached pages: at least 80% of the fixed page's requests per second
MEMORY_TARGET_MB = 110
GROWTH_LIMIT = 1.2  # the largest site's cost within 20% of the smallest's
# Pages the page cache never keeps (each query is its own address): under "warm" their rows are
# their uncached cost, and the cached target does not apply to them.
NEVER_KEPT = {"search"}
BACKEND_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def fixed_cpu_ms(run, figures=None):
    """The fixed page's worker CPU per request to judge `figures` by: the fixed page measured
    just before them when it was (figures["fixed"]), else the mean of its runs before and after
    the hub's pages."""
    if figures and figures.get("fixed"):
        return figures["fixed"]["cpu_ms"]
    runs = [f for f in run["fixed"].values() if f]
    return sum(f["cpu_ms"] for f in runs) / len(runs)


def fixed_rps(run, figures=None):
    if figures and figures.get("fixed"):
        return figures["fixed"]["rps"]
    runs = [f for f in run["fixed"].values() if f]
    return sum(f["rps"] for f in runs) / len(runs)


def multiple(figures, run):
    base = fixed_cpu_ms(run, figures)
    return figures["cpu_ms"] / base if base else float("inf")


def verdict(figures, run, mode):
    """'meets' or 'MISSES' against the page's target in this mode ('' without one)."""
    if not figures.get("requests", 1):
        return "no request finished"
    if mode == "warm":
        if figures["group"] in NEVER_KEPT:
            return "never kept"
        base = fixed_rps(run, figures)
        share = figures["rps"] / base if base else 0.0
        return "meets" if share >= CACHED_RPS_SHARE else "MISSES"
    target = TARGETS.get(figures["group"])
    if target is None:
        return ""
    return "meets" if multiple(figures, run) <= target else "MISSES"


def target_text(figures, mode):
    if mode == "warm" and figures["group"] in NEVER_KEPT:
        return ""
    if mode == "warm":
        return f">= {CACHED_RPS_SHARE:.0%} of fixed req/s"
    return f"<= {TARGETS[figures['group']]}x"


def scale_label(run):
    items = run["counts"].get("case_study", 0)
    return f"{items:,} case studies"


def _row_cells(name, figures, run, mode):
    cells = [
        name,
        f"{figures.get('bytes', 0) / 1024:.0f}",
        f"{figures['rps']:.0f}",
        f"{figures['p50_ms']:.1f}",
        f"{figures['p99_ms']:.1f}",
        f"{figures['cpu_ms']:.2f}",
        f"{fixed_rps(run, figures):.0f}, {fixed_cpu_ms(run, figures):.3f}",
        f"{multiple(figures, run):.0f}x",
        target_text(figures, mode),
        verdict(figures, run, mode),
    ]
    problems = []
    if figures.get("non_2xx"):
        problems.append(f"{figures['non_2xx']} not 2xx")
    if figures.get("socket_errors"):
        problems.append(f"{figures['socket_errors']} socket errors")
    if figures.get("refused"):
        problems.append(f"{len(figures['refused'])} addresses not 200")
    cells[-1] = "; ".join([cells[-1], *problems]) if problems else cells[-1]
    return cells


# "fixed": the fixed page's req/s and CPU ms/req that the row is judged by (measured just before
# it, or the mean of the runs before and after the pages).
HEADER = [
    "Page",
    "KB",
    "req/s",
    "p50 ms",
    "p99 ms",
    "CPU ms/req",
    "fixed req/s, ms",
    "x fixed",
    "target",
    "verdict",
]


def run_rows(run, mode):
    """The table's rows for one run and mode: the fixed page first."""
    fixed = {
        "group": "fixed",
        "rps": fixed_rps(run),
        "p50_ms": _mean(run, "p50_ms"),
        "p99_ms": _mean(run, "p99_ms"),
        "cpu_ms": fixed_cpu_ms(run),
        "bytes": _mean(run, "bytes"),
    }
    rows = [
        [
            "fixed page",
            f"{fixed['bytes'] / 1024:.0f}",
            f"{fixed['rps']:.0f}",
            f"{fixed['p50_ms']:.1f}",
            f"{fixed['p99_ms']:.1f}",
            f"{fixed['cpu_ms']:.3f}",
            "",
            "1x",
            "",
            "",
        ]
    ]
    for name, figures in run["modes"][mode].items():
        rows.append(_row_cells(name, figures, run, mode))
    return rows


def _mean(run, key):
    runs = [f for f in run["fixed"].values() if f]
    return sum(f[key] for f in runs) / len(runs)


def memory_line(run):
    memory = run["memory"]

    def shown(key):
        values = memory.get(key) or []
        return " / ".join(f"{mb:.0f}" for mb in values) + " MB" if values else "not read"

    def state(key):
        largest = max(memory.get(key) or [0])
        return "meets" if largest and largest < MEMORY_TARGET_MB else "MISSES"

    return (
        f"Worker memory (each of the 2 workers): {shown('boot')} at boot ({state('boot')} "
        f"< {MEMORY_TARGET_MB} MB), {shown('pages')} after the pages ({state('pages')} "
        f"< {MEMORY_TARGET_MB} MB), {shown('search')} after the searches"
    )


def growth_rows(runs):
    """Per backend and page, the largest site's cost over the smallest's, uncached: judged on
    their multiples of each run's fixed page, with the plain CPU times beside them. The page
    benchmark measures a database's sizes side by side, against one fixed page, so the two
    ratios are the same; runs measured apart (minutes apart on a shared machine, where the
    fixed page moves with it) are still compared fairly."""
    rows = []
    by_backend = {}
    for run in runs:
        by_backend.setdefault(run["backend"], []).append(run)
    for backend, backend_runs in by_backend.items():
        if len(backend_runs) < 2:
            continue
        small, large = sorted(backend_runs, key=lambda r: r["scale"])[:: len(backend_runs) - 1]
        for name, figures in large["modes"]["cold"].items():
            before = small["modes"]["cold"].get(name)
            if not before or not before["cpu_ms"]:
                continue
            growth = multiple(figures, large) / multiple(before, small)
            rows.append(
                [
                    BACKEND_NAMES.get(backend, backend),
                    name,
                    f"{before['cpu_ms']:.2f}",
                    f"{figures['cpu_ms']:.2f}",
                    f"{figures['cpu_ms'] / before['cpu_ms']:.2f}",
                    f"{multiple(before, small):.1f}x",
                    f"{multiple(figures, large):.1f}x",
                    f"{growth:.2f}",
                    "meets" if growth <= GROWTH_LIMIT else "MISSES",
                ]
            )
    return rows


GROWTH_HEADER = [
    "Backend",
    "Page",
    "small ms/req",
    "large ms/req",
    "ms large / small",
    "small x fixed",
    "large x fixed",
    "x fixed large / small",
    "<= 1.20",
]


def text_table(header, rows):
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _title(run, mode):
    cache = "page cache off" if mode == "cold" else "page cache on, 600 s"
    return (
        f"{BACKEND_NAMES.get(run['backend'], run['backend'])}, {scale_label(run)}: {mode} ({cache})"
    )


def text_report(runs, notes):
    parts = []
    for run in runs:
        for mode in run["modes"]:
            parts += [f"\n{_title(run, mode)}", text_table(HEADER, run_rows(run, mode))]
        parts.append(memory_line(run))
    growth = growth_rows(runs)
    if growth:
        parts += [
            "\nHow cost grows with the site (uncached; judged on the multiples of the fixed page "
            "measured just before each page type):",
            text_table(GROWTH_HEADER, growth),
        ]
    parts += ["", *notes]
    return "\n".join(parts)


def markdown_report(runs, notes):
    parts = []
    for run in runs:
        for mode in run["modes"]:
            parts += [
                f"**{_title(run, mode)}**",
                "",
                markdown_table(HEADER, run_rows(run, mode)),
                "",
            ]
        parts += [memory_line(run) + ".", ""]
    growth = growth_rows(runs)
    if growth:
        parts += [
            "**How cost grows with the site** (worker CPU per request, page cache off; judged on "
            "the multiples of the fixed page measured just before each page type, the small "
            "site's and the large one's seconds apart):",
            "",
            markdown_table(GROWTH_HEADER, growth),
            "",
        ]
    parts += [f"- {note}" for note in notes]
    return "\n".join(parts).strip() + "\n"


def replace_section(document, body):
    """`document` with the text between the markers replaced by `body` (markers kept)."""
    start = document.find(START_MARKER)
    end = document.find(END_MARKER)
    if start < 0 or end < start:
        raise ValueError("the page benchmark's markers are missing from docs/performance.md")
    return document[: start + len(START_MARKER)] + "\n" + body + document[end:]
