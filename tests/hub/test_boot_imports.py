"""What a web worker loads at boot: the libraries only search, search by meaning or background
work use wait for their first use, so that a worker serving pages stays small; and loading the
hub opens no connection and starts no thread, so gunicorn can load it once in its master and
fork the workers from it (gunicorn.conf.py, docs/performance.md)."""

import subprocess
import sys

import pytest

from tests.helpers.environment import PRODUCTION_ENV, ROOT, environment

# numpy and threadpoolctl (the encoder, the passage matrix, the related pages' task), the model's
# own libraries and what they require, every language's stemmer, the QR codes of two-factor
# set-up, the document text extractors (the task worker's), the search servers' clients (only
# when one is configured), the Redis client (loaded with a worker's first request, by the cache
# and by the page copies' watch): none is needed to serve a page. And pillow_heif, Willow's HEIC
# plugin, which Willow imports whenever it is installed: the hub accepts no HEIC upload and Pillow
# reads and writes AVIF itself, so it is left out of the lock files (Makefile, `COMPILE_LOCKS`).
LAZY = (
    "numpy",
    "threadpoolctl",
    "tokenizers",
    "safetensors",
    "huggingface_hub",
    "snowballstemmer",
    "qrcode",
    "pypdf",
    "docx",
    "openpyxl",
    "opensearchpy",
    "elasticsearch",
    "redis",
    "pillow_heif",
)
BOOT = (
    "import sys, threading\n"
    "from hub.wsgi import application\n"
    "from django.db import connections\n"
    f"print(' '.join(name for name in {LAZY!r} if name in sys.modules))\n"
    "print(threading.active_count())\n"
    "print(sum(connections[alias].connection is not None for alias in connections))\n"
)


@pytest.fixture(scope="module")
def booted():
    """(modules loaded of LAZY, threads running, database connections open) after boot."""
    env = environment(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        REDIS_URL="redis://127.0.0.1:6379/0",
        **PRODUCTION_ENV,
    )
    done = subprocess.run(
        [sys.executable, "-c", BOOT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded, threads, connections = done.stdout.splitlines()
    return loaded.split(), int(threads), int(connections)


def test_a_worker_boots_without_the_libraries_of_search_and_meaning(booted):
    assert booted[0] == []


def test_loading_the_hub_opens_no_connection_and_starts_no_thread(booted):
    # Forked workers would share a connection (or lose a thread) made while loading.
    assert booted[1:] == (1, 0)
