"""Production: every secret comes from the environment, and the hub refuses to start without it."""

from django.core.exceptions import ImproperlyConfigured

from core.checks import cache_problems
from core.logs import json_logging

from .base import *  # noqa: F403
from .base import (
    LOGGING,
    TASKS_BACKEND_FROM_ENV,
    env_bool,
    env_int,
    env_list,
    required_env,
    strong_secret,
    task_settings,
)

DEBUG = False
SECRET_KEY = strong_secret("SECRET_KEY")
required_env("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
required_env("DATABASE_URL")

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the health endpoints over plain HTTP (core/health/middleware.py).
SECURE_REDIRECT_EXEMPT = [r"^health/(worker/)?$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- HSTS preload (SECURE_HSTS_PRELOAD, read in base.py) ---
# Without preload, Django's deploy check warns (security.W021). Preloading is the deployer's
# decision, not a defect, so the warning is silenced when the deployer has not chosen it, and
# `manage.py check --deploy --fail-level WARNING` passes either way.
if not SECURE_HSTS_PRELOAD:  # noqa: F405
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]

# --- Many workers: a shared cache and queued background tasks ---
# Every gunicorn worker must see the same cache (rate limits, the page cache and its content
# generation, search invalidation marks): Redis when REDIS_URL is set, or else the database cache
# (base.py); the page cache has its own ("pages"). A process-local or missing one refuses to
# start, and the system check (core.checks) says so too.
REQUIRE_SHARED_CACHE = True
if problems := cache_problems(CACHES):  # noqa: F405
    raise ImproperlyConfigured(" ".join(problems))
# Text extraction must not hold an upload request: tasks go to the database queue, which
# `manage.py db_worker` works through beside the web process (see the Procfile).
TASKS_BACKEND = TASKS_BACKEND_FROM_ENV or "database"
TASKS = task_settings(TASKS_BACKEND)
# --- end of many workers ---

# One JSON object a line, with the request's id (core/logs.py), for the log collector.
LOGGING = json_logging(LOGGING)
