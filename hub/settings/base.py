"""Settings shared by every environment.

Every environment variable the hub reads is read here, and listed in the README.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from search.backend_config import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be a whole number, not {value!r}."
        ) from None


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set in production (see the README)."
        )
    return value


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "documents",
    "home",
    "members",
    "casestudies",
    "toolkits",
    "labs",
    "accounts",
    "applications",
    "membership",
    "search",
    "demo",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.HubUsersConfig",  # wagtail.users, with the hub's account views
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "membership.context_processors.membership",
            ],
        },
    },
]

# Database: SQLite (WAL mode) unless DATABASE_URL names another.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ccin",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks: run at once by default; TASKS_BACKEND=database queues them for
# `manage.py db_worker`.
TASKS_BACKEND = env("TASKS_BACKEND", "immediate")
TASK_BACKEND_CLASSES = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASKS_BACKEND not in TASK_BACKEND_CLASSES:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKEND_CLASSES)}, not {TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKEND_CLASSES[TASKS_BACKEND]}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Members sign in on the public site (membership/); Wagtail sends visitors to members-only
# pages and documents there too. Email addresses work as usernames.
AUTHENTICATION_BACKENDS = ["membership.backends.EmailOrUsernameBackend"]
LOGIN_URL = "membership:login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))

# Media storage: local files unless an S3-compatible bucket is named.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")
if AWS_STORAGE_BUCKET_NAME:
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"default_acl": "private", "querystring_auth": True, "file_overwrite": False},
    }
else:
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_HOST = env("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "CCIN Hub <hub@councils.coop>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where notices of new funding applications go.
COMMS_EMAIL = env("COMMS_EMAIL", "comms@councils.coop")
# How many proxies (load balancer, CDN) in front of the hub append to X-Forwarded-For; the
# client's address is that many entries from the right (core.network.client_ip). 0: REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Wagtail
WAGTAIL_SITE_NAME = "CCIN Hub"
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
# Moderation emails (submitted, approved, changes requested) go through EMAIL_BACKEND above.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env("NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_USE_HTML = env_bool("NOTIFICATION_USE_HTML", True)
WAGTAILDOCS_DOCUMENT_MODEL = "documents.HubDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Uploaded images are decoded in full while the form is validated (core/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.images.HubImageForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Search: the database's own full-text search (SQLite FTS5; PostgreSQL FTS, English stemming)
# unless SEARCH_URL names an Elasticsearch 8/9 or OpenSearch 2/3 server (SEARCH_BACKEND).
SEARCH_URL = env("SEARCH_URL", "")
SEARCH_BACKEND = env("SEARCH_BACKEND", "")
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", "")
SEARCH_TIMEOUT = env("SEARCH_TIMEOUT", "")
WAGTAILSEARCH_BACKENDS = search_backends(
    database_engine=DATABASES["default"]["ENGINE"],
    search_url=SEARCH_URL,
    search_backend=SEARCH_BACKEND,
    index_prefix=SEARCH_INDEX_PREFIX,
    timeout=SEARCH_TIMEOUT,
)
# "What others search for" on the zero-results page: besides the searches comms suggest, only
# queries that found public results for at least this many distinct visitors on one day.
SEARCH_SUGGESTION_MIN_VISITORS = env_int("SEARCH_SUGGESTION_MIN_VISITORS", 3)
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Text extraction from uploaded documents (documents/): bounds on each extraction's child
# process, the largest file read, and how much of a document's text is indexed for search.
DOCUMENT_EXTRACTION_TIMEOUT = env_int("DOCUMENT_EXTRACTION_TIMEOUT", 60)
DOCUMENT_EXTRACTION_MEMORY_MB = env_int("DOCUMENT_EXTRACTION_MEMORY_MB", 512)
DOCUMENT_EXTRACTION_MAX_FILE_MB = env_int("DOCUMENT_EXTRACTION_MAX_FILE_MB", 50)
DOCUMENT_INDEX_TEXT_LIMIT = env_int("DOCUMENT_INDEX_TEXT_LIMIT", 200_000)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Each task's start and finish is routine; failures still log as errors.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# The local administrator `make run` creates (development only; see core's ensure_admin).
ADMIN_USERNAME = env("ADMIN_USERNAME", "admin")
ADMIN_EMAIL = env("ADMIN_EMAIL", "admin@example.org")
ADMIN_PASSWORD = env("ADMIN_PASSWORD", "")
