"""What a web worker loads at boot: the libraries only search or search by meaning use wait for
their first use, so that a worker serving pages stays small (docs/performance.md)."""

import subprocess
import sys

from tests.helpers.environment import PRODUCTION_ENV, ROOT, environment

# numpy and threadpoolctl (the encoder, the passage matrix), the model's own libraries,
# every language's stemmer, the QR codes of two-factor set-up: none is needed to serve a page.
LAZY = ("numpy", "threadpoolctl", "tokenizers", "safetensors", "snowballstemmer", "qrcode")
BOOT = (
    "import sys\n"
    "from hub.wsgi import application\n"
    f"print(' '.join(name for name in {LAZY!r} if name in sys.modules))\n"
)


def test_a_worker_boots_without_the_libraries_of_search_and_meaning():
    env = environment(DJANGO_SETTINGS_MODULE="hub.settings.production", **PRODUCTION_ENV)
    done = subprocess.run(
        [sys.executable, "-c", BOOT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
