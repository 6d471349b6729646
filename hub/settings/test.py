from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "documents": {"BACKEND": "tests.storage.InMemoryDocumentStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Every test starts from an empty cache (tests/conftest.py); the page cache is tested on its own
# (tests/pagecache), against the database cache that processes share.
PAGE_CACHE_SECONDS = 0
BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
# Tests of admin views sign in with force_login; the two-factor tests turn this back on.
ADMIN_TWO_FACTOR = False
MEDIA_ROOT = env("TEST_MEDIA_ROOT", "/tmp/ccin-hub-test-media")
# Tests that commit from several threads need a database file on SQLite: an in-memory database
# shared between connections refuses concurrent writers at once instead of waiting for them.
# `make test` names one for them (TEST_SQLITE_FILE); the rest of the suite stays in memory.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and env("TEST_SQLITE_FILE"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": env("TEST_SQLITE_FILE")}  # noqa: F405
# Search by meaning loads its model and embeds passages after every publish: only the tests of
# it (tests/search/test_meaning.py, tests/relevance) turn it on.
SEMANTIC_SEARCH = {**SEMANTIC_SEARCH, "enabled": False}  # noqa: F405
# Wagtail's own search index (the admin's search and choosers; the public search has its own,
# searchindex/) is not kept up to date on every save: that is a tenth of the suite's time. The
# tests of it (tests/pages/test_admin_search.py) turn it back on.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "AUTO_UPDATE": False}
    for name, backend in WAGTAILSEARCH_BACKENDS.items()  # noqa: F405
}
