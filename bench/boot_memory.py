"""What a web worker loads at boot, and what it costs in resident memory (Linux).

    .venv/bin/python bench/boot_memory.py [--request /] [--model] [--top 25]

Loads the hub's WSGI application as a gunicorn worker does (hub.wsgi, production settings with
stand-in secrets; DATABASE_URL and REDIS_URL from the environment when set), optionally serves
a few requests in process and loads the model of search by meaning (--model), and prints the
resident memory at each step and the top-level packages whose modules' first imports grew it
most (each module without the modules it imported, counted under their own names).
`python -X importtime` then says who imported what.
"""

import argparse
import importlib.abc
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / 2**20


class ImportCost(importlib.abc.MetaPathFinder):
    """Notes the resident memory each module's first import adds, less what the modules it
    imported in turn added (noted under their own names), summed by top-level package."""

    def __init__(self):
        self.costs = {}
        self.nested = []  # for each import under way: the memory its inner imports added

    def find_spec(self, name, path=None, target=None):
        if name in sys.modules:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                # Built-in and frozen modules' loaders are classes, shared: left alone.
                if spec.loader is not None and not isinstance(spec.loader, type):
                    self._wrap(name, spec.loader)
                return spec
        return None

    def _wrap(self, name, loader):
        exec_module = loader.exec_module
        nested = self.nested
        costs = self.costs

        def measured(module):
            before = resident_mb()
            nested.append(0.0)
            try:
                exec_module(module)
            finally:
                inner = nested.pop()
                total = resident_mb() - before
                package = name.partition(".")[0]
                costs[package] = costs.get(package, 0.0) + total - inner
                if nested:
                    nested[-1] += total

        loader.exec_module = measured


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--request", action="append", default=[], help="Paths to serve.")
    parser.add_argument("--model", action="store_true", help="Then load the search model.")
    parser.add_argument("--top", type=int, default=25)
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.production")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}")
    steps = [("interpreter", resident_mb())]
    finder = ImportCost()
    sys.meta_path.insert(0, finder)
    import gunicorn.app.wsgiapp  # noqa: F401  (what the worker has before the application)

    steps.append(("gunicorn", resident_mb()))
    from hub.wsgi import application

    steps.append(("application loaded (boot)", resident_mb()))
    if options.request:
        from django.test import Client

        client = Client(HTTP_X_FORWARDED_PROTO="https")
        for path in options.request:
            response = client.get(path)
            steps.append((f"GET {path} -> {response.status_code}", resident_mb()))
    if options.model:
        from semantic.encoder import get_encoder

        get_encoder().encode(["a first query"])
        steps.append(("the model of search by meaning loaded, one query embedded", resident_mb()))
    del application
    print("Resident memory:")
    for label, mb in steps:
        print(f"  {mb:7.1f} MB  {label}")
    print(f"Top-level packages by memory added at their first import (top {options.top}):")
    ranked = sorted(finder.costs.items(), key=lambda item: -item[1])[: options.top]
    for name, mb in ranked:
        print(f"  {mb:7.1f} MB  {name}")


if __name__ == "__main__":
    main()
