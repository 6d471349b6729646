"""Settings shared by every environment.

Every environment variable the hub reads is read here, and listed in the README.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured

from core.media import DOCUMENTS_SENDFILE_METHODS, media_storages
from core.page_cache.cdn import frontend_cache_settings
from searchserver.configuration import search_backends

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


def strong_secret(name):
    """A required secret that meets Django's own rule for a strong SECRET_KEY (check W009: at
    least 50 characters, at least 5 different ones, not Django's generated insecure key)."""
    value = required_env(name)
    if (
        len(value) < SECRET_KEY_MIN_LENGTH
        or len(set(value)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or value.startswith(SECRET_KEY_INSECURE_PREFIX)
    ):
        raise ImproperlyConfigured(
            f"The environment variable {name} is too weak for production: it needs at least "
            f"{SECRET_KEY_MIN_LENGTH} characters, at least {SECRET_KEY_MIN_UNIQUE_CHARACTERS} "
            f"different ones, and must not start with {SECRET_KEY_INSECURE_PREFIX!r}. Generate "
            "one with: python -c 'import secrets; print(secrets.token_urlsafe(64))'"
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
    "news",
    "hubevents",
    "opendata",
    "accounts",
    "applications",
    "contact",
    "search",
    "searchserver",
    "searchindex",
    "searchlog",
    "relevance",
    "semantic",
    "demo",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.contrib.search_promotions",
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
    "csp",
]

MIDDLEWARE = [
    "core.request_id.RequestIdMiddleware",
    # Whole pages for visitors without a session. Stored with every header the middleware below
    # adds (HTTPS, cross-origin and content policies), so a stored page is answered without
    # running any of it, here or before Django (hub/wsgi.py); nothing below adds a per-visitor
    # part to a page it may store (core/page_cache/rules.py).
    "core.page_cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Cross-origin reads of the open data API (/api/v2/), and nothing else.
    "opendata.cors.OpenDataCorsMiddleware",
    # Before CommonMiddleware's host check: see core/health/middleware.py.
    "core.health.middleware.HealthCheckMiddleware",
    "core.csp.HubCSPMiddleware",
    "core.permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.privacy.PrivateResponseMiddleware",
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
            ],
        },
    },
]

# Database: SQLite (WAL mode) unless DATABASE_URL names another. Each process (each thread of a
# threaded worker) keeps its connection for up to a minute, SQLite's too: opening a SQLite
# connection (Django's SQL functions, the PRAGMAs below) costs a worker about 1.3 ms, a tenth of
# a page (docs/performance.md). Every statement outside a transaction reads the latest commit,
# so a kept connection sees other processes' changes as a new one would.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and background tasks (shared by every process) ---
# Cache: Redis when REDIS_URL is set; otherwise Django's database cache (table
# DATABASE_CACHE_TABLE, made by every `migrate`), so the server, its workers and the management
# commands (an import, a scheduled publish) share rate-limit counters, search invalidation marks
# and the other small entries. Production refuses a process-local cache (core/checks.py).
REDIS_URL = env("REDIS_URL")
DATABASE_CACHE_TABLE = "hub_cache"
REDIS_CACHE = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": REDIS_URL,
    "KEY_PREFIX": "ccin",
}
DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": DATABASE_CACHE_TABLE,
    "KEY_PREFIX": "ccin",
    # Django culls a third of the table beyond MAX_ENTRIES (300 by default), live rate-limit
    # counts included; expired rows go first, so a generous ceiling keeps counts intact.
    "OPTIONS": {"MAX_ENTRIES": 100_000},
}
# The page cache, the content generation and what is kept for it (core/page_cache) have a cache
# of their own ("pages"): a page is kept for every query string asked for, and filling or
# culling that cache never touches the rate-limit counters in the other. Redis when
# PAGE_CACHE_REDIS_URL (or else REDIS_URL) is set, under its own key prefix; otherwise a
# database cache table of its own.
PAGE_CACHE_REDIS_URL = env("PAGE_CACHE_REDIS_URL") or REDIS_URL
PAGES_DATABASE_CACHE_TABLE = "hub_page_cache"
PAGES_REDIS_CACHE = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": PAGE_CACHE_REDIS_URL,
    "KEY_PREFIX": "ccin-pages",
}
PAGES_DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": PAGES_DATABASE_CACHE_TABLE,
    "KEY_PREFIX": "ccin-pages",
    "OPTIONS": {"MAX_ENTRIES": 20_000},
}
CACHES = {
    "default": REDIS_CACHE if REDIS_URL else DATABASE_CACHE,
    "pages": PAGES_REDIS_CACHE if PAGE_CACHE_REDIS_URL else PAGES_DATABASE_CACHE,
}
# Production sets this: a process-local cache is then an error (core.checks).
REQUIRE_SHARED_CACHE = False

# Background tasks: run at once here by default; production queues them in the database for
# `manage.py db_worker` (TASKS_BACKEND chooses either way).
TASKS_BACKEND_FROM_ENV = env("TASKS_BACKEND", "").strip()
TASK_BACKEND_CLASSES = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def task_settings(name):
    """The TASKS setting for a backend name, refusing unknown names."""
    if name not in TASK_BACKEND_CLASSES:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND must be one of {', '.join(TASK_BACKEND_CLASSES)}, not {name!r}."
        )
    return {"default": {"BACKEND": TASK_BACKEND_CLASSES[name]}}


TASKS_BACKEND = TASKS_BACKEND_FROM_ENV or "immediate"
TASKS = task_settings(TASKS_BACKEND)
# --- end of cache and background tasks ---

# --- The page cache and the CDN (core/page_cache, docs/deployment.md) ---
# Whole pages for visitors without a session are kept in the cache this many seconds, or until
# anything the public site shows changes (0: no page cache).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Where the page cache is in Redis, each web worker also keeps copies of the stored pages it
# answers, used only while Redis says they are current (core/page_cache/local_copies.py): at
# most this many bytes of pages a worker (0: none).
PAGE_CACHE_LOCAL_BYTES = env_int("PAGE_CACHE_LOCAL_BYTES", 8 * 1024 * 1024)
# How long a CDN may keep such a page (s-maxage), and browsers (max-age).
CDN_MAX_AGE = env_int("CDN_MAX_AGE", 300)
PAGE_BROWSER_MAX_AGE = 60
if min(PAGE_CACHE_SECONDS, CDN_MAX_AGE, PAGE_CACHE_LOCAL_BYTES) < 0:
    raise ImproperlyConfigured(
        "PAGE_CACHE_SECONDS, CDN_MAX_AGE and PAGE_CACHE_LOCAL_BYTES cannot be negative."
    )
# The CDN's purge API (FRONTEND_CACHE_BACKEND: cloudflare, cloudfront or http, and what each
# needs), for Wagtail's front-end cache invalidation.
FRONTEND_CACHE = frontend_cache_settings(os.environ)
if FRONTEND_CACHE:
    WAGTAILFRONTENDCACHE = FRONTEND_CACHE
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Members sign in on the public site (accounts/sign_in/); Wagtail sends visitors to members-only
# pages and documents there too. Email addresses work as usernames. Axes's backend comes first:
# it refuses a locked-out sign-in before any password is checked ("Sign-in protection" below).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.sign_in.backends.EmailOrUsernameBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))

# Uploaded files. Images (and their renditions) are public: the web server or a CDN serves them
# under MEDIA_URL. Documents live apart, in the "documents" storage, and are only ever sent by
# Wagtail's document serve view after its privacy checks (docs/media.md).
DOCUMENTS_ROOT = Path(env("DOCUMENTS_ROOT", str(BASE_DIR / "private-media")))
# How the serve view hands over a document on local disk: "streaming" (Django sends the bytes)
# or "nginx" (an X-Accel-Redirect to the internal location DOCUMENTS_SENDFILE_URL).
DOCUMENTS_SENDFILE = env("DOCUMENTS_SENDFILE", "streaming")
DOCUMENTS_SENDFILE_URL = env("DOCUMENTS_SENDFILE_URL", "/protected-documents/")
# Let Django itself serve the public images under MEDIA_URL (always on in development): for a
# single box without a web server in front. Never serves documents.
SERVE_MEDIA = env_bool("SERVE_MEDIA")

# Media storage: local files unless an S3-compatible bucket is named. Images go to that bucket
# as public, long-lived objects; documents to AWS_DOCUMENTS_BUCKET_NAME (or a private prefix of
# the same bucket), private, reached only through short-lived signed URLs.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
AWS_DOCUMENTS_BUCKET_NAME = env("AWS_DOCUMENTS_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")
DOCUMENTS_URL_EXPIRY = env_int("DOCUMENTS_URL_EXPIRY", 300)
# How long browsers and CDNs may keep a public image (renditions get a new name when the image
# or its focal point changes).
MEDIA_CACHE_MAX_AGE = 7 * 24 * 3600
STORAGES = media_storages(
    media_root=MEDIA_ROOT,
    documents_root=DOCUMENTS_ROOT,
    bucket=AWS_STORAGE_BUCKET_NAME,
    documents_bucket=AWS_DOCUMENTS_BUCKET_NAME,
    endpoint_url=AWS_S3_ENDPOINT_URL,
    region_name=AWS_S3_REGION_NAME,
    custom_domain=AWS_S3_CUSTOM_DOMAIN,
    documents_url_expiry=DOCUMENTS_URL_EXPIRY,
    media_cache_max_age=MEDIA_CACHE_MAX_AGE,
)
if DOCUMENTS_SENDFILE not in DOCUMENTS_SENDFILE_METHODS:
    raise ImproperlyConfigured(
        f"DOCUMENTS_SENDFILE must be one of {', '.join(DOCUMENTS_SENDFILE_METHODS)}, "
        f"not {DOCUMENTS_SENDFILE!r}."
    )

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
# Declined funding applications lose their personal details this many days after the decision
# (`manage.py anonymise_applications`, run daily; applications/retention.py).
APPLICATION_RETENTION_DAYS = env_int("APPLICATION_RETENTION_DAYS", 365)
if APPLICATION_RETENTION_DAYS < 0:
    raise ImproperlyConfigured("APPLICATION_RETENTION_DAYS cannot be negative.")
# How many proxies (load balancer, CDN) in front of the hub append to X-Forwarded-For; the
# client's address is that many entries from the right (core.network.client_ip). 0: REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Wagtail
WAGTAIL_SITE_NAME = "CCIN Hub"
# The hub's public address: admin emails and links, and the default Site's host name and port
# (set from it on every `migrate`, core/site_address.py), so the sitemap lists real addresses.
BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = BASE_URL
# The open data API (opendata/, Wagtail's API v2 at /api/v2/): absolute addresses of documents,
# and at most this many items a request (`?limit=`; 20 unless asked).
WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# Moderation emails (submitted, approved, changes requested) go through EMAIL_BACKEND above.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env("NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_USE_HTML = env_bool("NOTIFICATION_USE_HTML", True)
WAGTAILDOCS_DOCUMENT_MODEL = "documents.HubDocument"
# Every document goes through the serve view and its privacy checks. From a bucket the view then
# redirects to a short-lived signed URL; from local disk it sends the file (SENDFILE_BACKEND, see
# documents/sendfile.py: streamed by Django, or handed to nginx).
WAGTAILDOCS_SERVE_METHOD = "redirect" if AWS_STORAGE_BUCKET_NAME else "serve_view"
SENDFILE_BACKEND = "documents.sendfile"
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
# Search by meaning (semantic/): passages embedded with an offline model, fused with the keyword
# ranking (semantic/fusion.py). Tuned on the judged relevance set (docs/search-quality.md).
SEMANTIC_SEARCH = {
    "enabled": env_bool("SEMANTIC_SEARCH", True),
    # A passage at least this like the query (cosine) makes its item a match by meaning.
    "threshold": 0.25,
    "candidates": 100,  # the most alike items considered, before privacy and filters
    "keyword_weight": 1.0,
    "semantic_weight": 1.0,
    "similar_threshold": 0.5,  # "more like this": how alike two whole items must be
}
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Sign-in protection -------------------------------------------------------------------
# Lockout (django-axes, accounts/sign_in/lockout.py): after SIGN_IN_FAILURE_LIMIT wrong
# passwords for one account from one address, that account cannot sign in from that address for
# SIGN_IN_COOLOFF_MINUTES; a page's or collection's shared password, and a two-factor code, are
# locked the same way. Failures are counted in the database, so every worker shares them.
# Two-factor authentication (django-otp, accounts/two_factor/) for staff in the admin.
INSTALLED_APPS += [
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
]
# OTPMiddleware right after authentication (it marks request.user as verified or not), the
# admin's two-factor check after it, and axes's middleware last (it turns a lockout into a page).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "accounts.two_factor.middleware.AdminTwoFactorMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
SIGN_IN_FAILURE_LIMIT = env_int("SIGN_IN_FAILURE_LIMIT", 5)
SIGN_IN_COOLOFF_MINUTES = env_int("SIGN_IN_COOLOFF_MINUTES", 15)
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = SIGN_IN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=SIGN_IN_COOLOFF_MINUTES)
# Lock the account *from that address*: a guesser is stopped, but cannot lock everyone out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.network.client_ip_address"  # TRUSTED_PROXY_COUNT hops
AXES_USERNAME_CALLABLE = "accounts.sign_in.lockout.lockout_username"
AXES_LOCKOUT_CALLABLE = "accounts.sign_in.lockout.locked_out_response"
AXES_RESET_ON_SUCCESS = True
# Attempts during a lockout do not extend it, so the page can say when it ends.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_ENABLE_ADMIN = False  # the hub has no Django admin site
AXES_VERBOSE = False  # no banner on every management command
# Reset emails an hour, per asking address and per recipient (accounts/sign_in/reset_throttle.py).
PASSWORD_RESET_EMAILS_PER_ADDRESS = env_int("PASSWORD_RESET_EMAILS_PER_ADDRESS", 5)
PASSWORD_RESET_EMAILS_PER_RECIPIENT = env_int("PASSWORD_RESET_EMAILS_PER_RECIPIENT", 3)
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.sign_in.forms.AdminPasswordResetForm"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Passkeys (django-otp-webauthn) as a second factor only, never instead of a password (which
# the lockout guards). They belong to BASE_URL's host name: changing it needs new passkeys.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_RP_NAME = WAGTAIL_SITE_NAME
PASSKEY_ORIGIN = urlsplit(WAGTAILADMIN_BASE_URL)
if PASSKEY_ORIGIN.scheme != "https":
    # Browsers allow passkeys over plain HTTP on localhost only: development.
    port = f":{PASSKEY_ORIGIN.port}" if PASSKEY_ORIGIN.port else ""
    PASSKEY_ORIGIN = urlsplit(f"http://localhost{port}")
OTP_WEBAUTHN_RP_ID = PASSKEY_ORIGIN.hostname
OTP_WEBAUTHN_ALLOWED_ORIGINS = [f"{PASSKEY_ORIGIN.scheme}://{PASSKEY_ORIGIN.netloc}"]
# Whether the admin asks for the second factor (accounts/two_factor/middleware.py). Deliberately
# not read from the environment: only the test settings turn it off, for tests of other things.
ADMIN_TWO_FACTOR = True
# --- end of sign-in protection ------------------------------------------------------------

# Text extraction from uploaded documents (documents/): bounds on each extraction's child
# process, the largest file read, and how much of a document's text is indexed for search.
DOCUMENT_EXTRACTION_TIMEOUT = env_int("DOCUMENT_EXTRACTION_TIMEOUT", 60)
DOCUMENT_EXTRACTION_MEMORY_MB = env_int("DOCUMENT_EXTRACTION_MEMORY_MB", 512)
DOCUMENT_EXTRACTION_MAX_FILE_MB = env_int("DOCUMENT_EXTRACTION_MAX_FILE_MB", 50)
DOCUMENT_INDEX_TEXT_LIMIT = env_int("DOCUMENT_INDEX_TEXT_LIMIT", 200_000)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# /health/worker/ fails when a ready task has waited longer than this (core/health/checks.py).
HEALTH_TASK_MAX_WAIT_SECONDS = env_int("HEALTH_TASK_MAX_WAIT_SECONDS", 900)
if HEALTH_TASK_MAX_WAIT_SECONDS < 1:
    raise ImproperlyConfigured("HEALTH_TASK_MAX_WAIT_SECONDS must be at least 1.")

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

# --- Content Security Policy and Permissions-Policy (core/csp.py, core/permissions_policy.py) ---
# Public pages run only the hub's own static scripts and styles (or an element carrying the
# request's nonce); images may also come from the media bucket's address.
MEDIA_ORIGINS = []
if AWS_S3_CUSTOM_DOMAIN:
    MEDIA_ORIGINS.append(f"https://{AWS_S3_CUSTOM_DOMAIN}")
elif AWS_S3_ENDPOINT_URL:
    MEDIA_ORIGINS.append(AWS_S3_ENDPOINT_URL.rstrip("/"))
elif AWS_STORAGE_BUCKET_NAME:
    MEDIA_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    if AWS_S3_REGION_NAME:
        MEDIA_ORIGINS.append(
            f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"
        )
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin's own templates still hold inline scripts and style attributes, so its
# addresses get this wider policy (chosen by path in core/csp.py): inline code is allowed, but
# nothing is loaded from other sites, and the admin may frame only itself (page previews).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Staff avatars come from the hub, never from Gravatar (which would need another image source
# and tells a third party who uses the admin).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Browser features the hub never uses, denied to its pages and anything they embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- HTTPS: HSTS preload ---
# Asking browsers to preload HTTPS-only for the domain (and its subdomains) is a commitment the
# deployer makes for the whole domain and is slow to undo, so it is off unless chosen.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
