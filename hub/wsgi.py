import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.production")

application = get_wsgi_application()

# Imported once Django is set up: stored pages for visitors without a session are answered
# before Django's request handling (core/page_cache/wsgi.py).
from core.page_cache.wsgi import StoredPages  # noqa: E402

application = StoredPages(application)
