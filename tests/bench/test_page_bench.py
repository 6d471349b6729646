"""The page benchmark's pure parts (bench/): wrk's script and output, the report, the site's
scale. Nothing here runs wrk or gunicorn."""

import json

import pytest

from bench import page_bench, page_report, wrk
from bench.corpus import PAGE_BENCH_MIX, scaled_mix
from bench.fixed_page import BODY, SIZE, application
from bench.page_bench import redis_url_for, rounds_summary, selected_pages

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:40000
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    25.10ms    5.02ms  80.12ms   90.00%
  3190 requests in 10.00s, 130.5MB read
Requests/sec:    318.97
Transfer/sec:     13.05MB
WRK-RESULT {"requests": 3190, "duration_us": 10000500, "bytes": 136840000, "p50_us": 24012, \
"p99_us": 61077, "mean_us": 25100.4, "non_2xx": 2, "socket_errors": 0}
"""


def test_wrk_output_is_read_from_the_scripts_own_line():
    result = wrk.parse(WRK_OUTPUT)
    assert result.requests == 3190
    assert result.per_second == pytest.approx(318.98, abs=0.01)
    assert result.p50_ms == pytest.approx(24.012)
    assert result.p99_ms == pytest.approx(61.077)
    assert result.non_2xx == 2
    assert result.bytes_per_request == pytest.approx(42896.5, abs=0.1)


def test_wrk_output_without_the_line_is_an_error():
    with pytest.raises(ValueError, match="WRK-RESULT"):
        wrk.parse("Requests/sec: 100\n")


def test_the_lua_script_rotates_through_every_address_as_lua_strings():
    script = wrk.lua_script(["/", "/search/?q=%22school+meals%22", "/news/?page=2"])
    assert 'local paths = {"/", "/search/?q=%22school+meals%22", "/news/?page=2"}' in script
    assert "paths[((index + offset) % #paths) + 1]" in script
    assert '"X-Forwarded-Proto"] = "https"' in script
    assert wrk.RESULT_PREFIX in script


def test_the_lua_script_wants_encoded_addresses():
    with pytest.raises(ValueError):
        wrk.lua_script([])
    with pytest.raises(ValueError):
        wrk.lua_script(["/search/?q=café"])


def test_the_fixed_page_is_forty_kilobytes_of_html():
    started = []
    body = b"".join(application({}, lambda status, headers: started.append((status, headers))))
    assert body == BODY and len(body) == SIZE
    assert started[0][0] == "200 OK"
    assert ("Content-Length", str(SIZE)) in started[0][1]


def test_the_scaled_site_keeps_the_networks_members():
    small = scaled_mix(PAGE_BENCH_MIX, 0.1)
    assert small["member"] == PAGE_BENCH_MIX["member"] == 70
    assert small["case_study"] == 1000
    assert scaled_mix(PAGE_BENCH_MIX, 1) == PAGE_BENCH_MIX


def _figures(group, cpu_ms, rps=100.0):
    return {
        "group": group,
        "rps": rps,
        "p50_ms": 10.0,
        "p99_ms": 30.0,
        "cpu_ms": cpu_ms,
        "bytes": 39 * 1024,
    }


def _run(scale, cpu_ms, mode="cold", rps=100.0):
    fixed = {"group": "fixed", "rps": 3000.0, "p50_ms": 1.0, "p99_ms": 3.0, "cpu_ms": 0.2}
    fixed["bytes"] = 40 * 1024 + 120
    return {
        "backend": "sqlite",
        "scale": scale,
        "counts": {"case_study": round(10000 * scale)},
        "fixed": {"before": fixed, "after": {**fixed, "cpu_ms": 0.3, "rps": 2000.0}},
        "modes": {mode: {"home": _figures("home", cpu_ms, rps)}},
        "memory": {"boot": [90.0, 91.0], "pages": [100.0, 104.0], "search": [190.0, 191.0]},
    }


def test_pages_are_judged_as_multiples_of_the_fixed_pages_cpu():
    run = _run(1, cpu_ms=30.0)  # the fixed page: (0.2 + 0.3) / 2 = 0.25 ms
    home = run["modes"]["cold"]["home"]
    assert page_report.multiple(home, run) == pytest.approx(120)
    assert page_report.verdict(home, run, "cold") == "meets"
    run["modes"]["cold"]["home"]["cpu_ms"] = 32.0  # 128x against 125x
    assert page_report.verdict(home, run, "cold") == "MISSES"


def test_cached_pages_are_judged_by_their_share_of_the_fixed_pages_requests():
    run = _run(1, cpu_ms=1.0, mode="warm", rps=2000.0)  # fixed: 2,500 req/s
    home = run["modes"]["warm"]["home"]
    assert page_report.verdict(home, run, "warm") == "meets"
    home["rps"] = 1999.0
    assert page_report.verdict(home, run, "warm") == "MISSES"


def test_a_page_is_judged_by_the_fixed_page_measured_just_before_it():
    cold = _run(1, cpu_ms=30.0)
    home = cold["modes"]["cold"]["home"]
    home["fixed"] = {"rps": 4000.0, "cpu_ms": 0.2}  # the machine was quicker at that moment
    assert page_report.multiple(home, cold) == pytest.approx(150)
    assert page_report.verdict(home, cold, "cold") == "MISSES"
    warm = _run(1, cpu_ms=1.0, mode="warm", rps=3000.0)
    stored = warm["modes"]["warm"]["home"]
    assert page_report.verdict(stored, warm, "warm") == "meets"  # against 2,500 req/s
    stored["fixed"] = {"rps": 4000.0, "cpu_ms": 0.2}
    assert page_report.verdict(stored, warm, "warm") == "MISSES"  # 75% of 4,000


def test_search_is_never_judged_as_a_cached_page():
    run = _run(1, cpu_ms=15.0, mode="warm", rps=120.0)
    search = run["modes"]["warm"]["home"] | {"group": "search"}
    assert page_report.verdict(search, run, "warm") == "never kept"
    assert page_report.target_text(search, "warm") == ""


def test_growth_compares_the_largest_site_with_the_smallest():
    rows = page_report.growth_rows([_run(1, cpu_ms=36.0), _run(0.1, cpu_ms=30.0)])
    assert rows == [
        ["SQLite", "home", "30.00", "36.00", "1.20", "120.0x", "144.0x", "1.20", "meets"]
    ]


def test_growth_is_judged_on_multiples_of_each_runs_own_fixed_page():
    """The machine drifts between runs: the same page on a slower moment costs more in both."""
    small, large = _run(0.1, cpu_ms=30.0), _run(1, cpu_ms=39.0)
    for fixed in large["fixed"].values():
        fixed["cpu_ms"] *= 1.25  # the fixed page too cost a quarter more in the large run
    [row] = page_report.growth_rows([large, small])
    assert row[4] == "1.30" and row[7] == "1.04" and row[8] == "meets"
    large["modes"]["cold"]["home"]["cpu_ms"] = 46.0  # 1.23 of the small site's multiple
    assert page_report.growth_rows([large, small])[0][-1] == "MISSES"


def test_the_report_holds_every_figure_and_the_memory_target():
    text = page_report.text_report([_run(1, cpu_ms=30.0)], ["a note"])
    assert "fixed page  40" in text and "120x" in text and "<= 125x" in text
    assert "90 / 91 MB at boot (meets < 110 MB)" in text
    assert "100 / 104 MB after the pages (meets < 110 MB)" in text
    assert text.rstrip().endswith("a note")
    markdown = page_report.markdown_report([_run(1, cpu_ms=30.0)], ["a note"])
    assert "| home | 39 | 100 | 10.0 | 30.0 | 30.00 | 2500, 0.250 | 120x | <= 125x | meets |" in (
        markdown
    )


def test_only_the_marked_section_of_the_document_is_replaced():
    document = (
        f"# Title\n\nBefore.\n{page_report.START_MARKER}\nold figures\n"
        f"{page_report.END_MARKER}\nAfter.\n"
    )
    updated = page_report.replace_section(document, "new figures\n")
    assert updated == (
        f"# Title\n\nBefore.\n{page_report.START_MARKER}\nnew figures\n"
        f"{page_report.END_MARKER}\nAfter.\n"
    )
    with pytest.raises(ValueError):
        page_report.replace_section("no markers", "x")


def test_each_size_of_the_site_is_served_with_a_redis_database_of_its_own():
    # The content generation and the facts keyed by their SQL have the same names on every site.
    assert redis_url_for("redis://127.0.0.1:6379/8", 0) == "redis://127.0.0.1:6379/8"
    assert redis_url_for("redis://127.0.0.1:6379/8", 1) == "redis://127.0.0.1:6379/9"
    assert redis_url_for("redis://:secret@cache:6380", 1) == "redis://:secret@cache:6380/1"


def test_a_page_types_figures_are_the_medians_of_its_rounds():
    def done(cpu_ms, rps, errors=0):
        return {"requests": 1000, "rps": rps, "p50_ms": 2.0, "p99_ms": 5.0, "cpu_ms": cpu_ms} | {
            "bytes": 30000,
            "non_2xx": errors,
            "socket_errors": 0,
        }

    summary = rounds_summary([done(0.40, 3000), done(0.90, 1200, errors=2), done(0.42, 2900)])
    assert summary["cpu_ms"] == 0.42 and summary["rps"] == 2900  # the slow round does not count
    assert summary["requests"] == 3000 and summary["non_2xx"] == 2 and summary["rounds"] == 3


PLAN = [
    {"name": "home", "group": "home", "paths": ["/"]},
    {"name": "news index", "group": "listing", "paths": ["/news/"]},
    {"name": "news filtered", "group": "listing", "paths": ["/news/?year=2024"]},
    {"name": "news item", "group": "detail", "paths": ["/news/one/"]},
    {"name": "search", "group": "search", "paths": ["/search/?q=housing"]},
    {"name": "search JSON", "group": "search", "paths": ["/api/search/?q=housing"]},
]


def test_pages_can_be_chosen_by_name_or_by_group():
    assert selected_pages(PLAN, "") == PLAN
    chosen = selected_pages(PLAN, "listing, search JSON")
    assert [entry["name"] for entry in chosen] == ["news index", "news filtered", "search JSON"]


def test_a_page_name_the_plan_does_not_hold_is_refused_with_the_choices():
    with pytest.raises(SystemExit) as refused:
        selected_pages(PLAN, "news fitered")
    message = str(refused.value)
    assert "'news fitered'" in message
    assert all(choice in message for choice in ("news filtered", "search JSON", "listing"))


def test_a_run_of_some_pages_does_not_write_the_documents_figures(tmp_path, monkeypatch, capsys):
    document = tmp_path / "performance.md"
    document.write_text(
        f"{page_report.START_MARKER}\nthe figures of a whole run\n{page_report.END_MARKER}\n"
    )
    monkeypatch.setattr(page_bench, "DOCS", document)
    fixed = {"rps": 3000, "p50_ms": 1, "p99_ms": 2, "cpu_ms": 0.3, "bytes": 40000}
    run = {"backend": "sqlite", "scale": 1.0, "counts": {}, "modes": {"cold": {}}}
    run |= {"memory": {}, "fixed": {"before": fixed}}
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"runs": [run], "notes": [], "pages": "listing"}))

    assert page_bench.main(["--report", str(results)]) == 0
    assert "not written" in capsys.readouterr().out
    assert "the figures of a whole run" in document.read_text()
