import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageViewRestriction

from accounts.roles import MEMBERS
from core.page_cache import generation

from .probes import stored_token


@pytest.fixture
def page_cache(settings, db):
    """The page cache on, in Django's database cache: the cache the server and the management
    commands share in the embedded default."""
    settings.CACHES = {"default": settings.DATABASE_CACHE, "pages": settings.PAGES_DATABASE_CACHE}
    settings.PAGE_CACHE_SECONDS = 600
    settings.CDN_MAX_AGE = 300
    call_command("createcachetable", verbosity=0)
    for store in caches.all():
        store.clear()
    yield
    for store in caches.all():
        store.clear()


@pytest.fixture
def visitor(page_cache):
    """Someone with no session: the visitor the page cache serves."""
    return Client()


@pytest.fixture
def renews_after_commit(django_capture_on_commit_callbacks):
    """Run a change in a transaction that commits, and check that the generation other
    processes read is renewed once it has committed."""

    def check(change):
        generation.current()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            change()
            before_commit = stored_token()
        assert callbacks, "the change asked for nothing after its commit"
        assert stored_token() not in (None, before_commit), "not renewed after the commit"

    return check


@pytest.fixture
def members_only(db):
    def make(page):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get_or_create(name=MEMBERS)[0]])
        return restriction

    return make
