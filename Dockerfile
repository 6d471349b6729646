# Production image for the CCIN Hub: gunicorn serving Django/Wagtail, static files via WhiteNoise.
# The same image runs the three processes of the Procfile:
#   release (once per deploy): python manage.py migrate --no-input && python manage.py createcachetable
#   web (the default command below): gunicorn with WEB_CONCURRENCY workers (3)
#   worker (at least one, always running): python manage.py db_worker
# Background tasks (document text extraction) are queued in the database by default and only the
# worker runs them. Configuration is by environment variables; see the README.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=hub.settings.production \
    PORT=8000

RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo libwebp7 zlib1g postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 hub

WORKDIR /app
COPY requirements.lock ./
RUN pip install -r requirements.lock

COPY --chown=hub:hub . .

# Static files are collected at build time; the placeholder values exist only for this step (the
# key is long enough to pass production's strength rule and is never used at run time).
RUN SECRET_KEY=collectstatic-only-placeholder-never-used-at-run-time-0123456789 ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --no-input --verbosity 0 \
    && rm -f /tmp/build.sqlite3

USER hub
EXPOSE 8000
CMD ["sh", "-c", "exec gunicorn hub.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
