"""gunicorn's configuration for the hub's web process (the Procfile's `web`, the Docker image's
default command): `gunicorn --config gunicorn.conf.py`. Every value comes from the environment,
with defaults for a small server; command-line options still override them. docs/deployment.md
explains the figures.
"""

import os

from core.logs import json_formatter


def env_int(name, default, minimum=1):
    """A whole number from the environment; gunicorn refuses to start on anything else."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {value!r}.") from None
    if number < minimum:
        raise SystemExit(f"{name} must be at least {minimum}, not {number}.")
    return number


def env_switch(name, default):
    """On or off from the environment ("1"/"0", "true"/"false", "on"/"off", "yes"/"no")."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "on", "yes"}:
        return True
    if value in {"0", "false", "off", "no"}:
        return False
    raise SystemExit(f"{name} must be on or off (1 or 0), not {value!r}.")


wsgi_app = "hub.wsgi:application"
bind = [f"0.0.0.0:{env_int('PORT', 8000)}"]

# Processes, and threads in each. docs/performance.md measures a worker at about 110 MB at boot
# (most of it shared with the master, below) and about 150 MB once it has served pages, 100 MB
# of that its own; search by meaning adds its model (about 130 MB) and the passage vectors
# (1.5 KB a passage) to every worker that uses it. So memory, not cores, usually sets
# WEB_CONCURRENCY. With GUNICORN_THREADS above 1 gunicorn uses its threaded worker, which also
# keeps idle connections from a load balancer open.
workers = env_int("WEB_CONCURRENCY", 3)
threads = env_int("GUNICORN_THREADS", 1)
# The hub is loaded once, in the master, and the workers are forked from it: they share the
# loaded code and Django's and Wagtail's import-time objects instead of each building its own
# (69 MB less of each worker's own at boot, 25 MB once warm: docs/performance.md). Loading opens
# no connection and starts no thread (tests/hub/test_boot_imports.py). A code change then needs
# a restart of gunicorn, not a HUP.
preload_app = env_switch("GUNICORN_PRELOAD", True)

# A worker silent for this long is killed and replaced. Slow work never runs in a request (text
# extraction is a background task) and nginx buffers slow uploads and downloads, so the slowest
# legitimate request is an upload being saved or a page being published: well under the 60 s.
timeout = env_int("GUNICORN_TIMEOUT", 60)
# How long a worker may finish its requests after a restart or a deploy's SIGTERM.
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Seconds an idle keep-alive connection stays open (threaded workers): above the load
# balancer's or nginx's own idle timeout, so the proxy closes first and never reuses a dead one.
keepalive = env_int("GUNICORN_KEEPALIVE", 75)
# Replace each worker after about this many requests (0: never), so memory cannot creep up.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 1000, minimum=0)
max_requests_jitter = max_requests // 10
# The workers' heartbeat files: in memory where there is /dev/shm (containers' /tmp may be a
# slow overlay disk, which makes healthy workers look silent).
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

# Logs: JSON lines on standard output (core/logs.py), as Django's are in production. An access
# line's message: client, request line, status, bytes, duration in ms, the request id (the
# X-Request-ID the hub answered with), referrer and user agent.
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms %({x-request-id}o)s "%(f)s" "%(a)s"'
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": json_formatter()},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        },
    },
    "root": {"level": "WARNING", "handlers": ["stdout"]},
    "loggers": {
        "gunicorn.error": {"level": loglevel.upper(), "handlers": ["stdout"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
    },
}
