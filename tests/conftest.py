import os
import sqlite3

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from accounts.roles import COMMS_TEAM, MEMBERS
from tests import factories
from tests.helpers.accounts import MEMBER_PASSWORD
from tests.helpers.migrated_database import migrated_database as migrated_database_of_run

# The small hub the search tests build, shared with the search engine tests.
pytest_plugins = ["tests.helpers.search_corpus"]

# Property-based tests (tests/fuzz/): "ci" draws the same examples on every run, so CI is
# deterministic; "dev" explores new ones (HYPOTHESIS_PROFILE=dev). No deadline: a shared CI
# machine's timing says nothing about the code. The site a fuzz test drives is built once per
# test by function-scoped fixtures and shared by its examples, which is what they check.
hypothesis_settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "dev",
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def migrated_database(request, tmp_path_factory):
    """The run's migrated database, to copy (tests/helpers/migrated_database.py)."""
    return migrated_database_of_run(request.config, tmp_path_factory)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, migrated_database):
    """The test database starts as a copy of the run's migrated database, so Django's `migrate`
    for it has nothing to apply: made from it on PostgreSQL; on SQLite, copied into the file the
    committing tests use, or else into an in-memory database this fixture keeps open."""
    test = django_settings.DATABASES["default"].setdefault("TEST", {})
    if migrated_database.name:
        test["TEMPLATE"] = migrated_database.name
        yield
    elif test.get("NAME"):
        migrated_database.copy_to_file(test["NAME"])
        yield
    else:
        test["NAME"] = "file:hub-test?mode=memory&cache=shared"
        holder = sqlite3.connect(test["NAME"], uri=True)
        migrated_database.copy_into(holder)
        yield
        holder.close()


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings):
    """A SQLite file copied above is kept: made again, it would be migrated from nothing."""
    test_name = django_settings.DATABASES["default"]["TEST"].get("NAME") or ""
    copied_file = connection.vendor == "sqlite" and test_name and "mode=memory" not in test_name
    return bool(request.config.getvalue("reuse_db") or copied_file)


def pytest_collection_modifyitems(items):
    """The heavy modules first. `make test` hands whole modules to its two processes in this
    order (--dist loadfile --no-loadscope-reorder), so a module that builds a site never starts
    last, with the other process idle until it ends."""
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)


@pytest.fixture
def home_page(db):
    """The home page the migrations create as the default site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def member_index(home_page):
    return factories.MemberIndexPageFactory(parent=home_page)


@pytest.fixture
def case_study_index(home_page):
    return factories.CaseStudyIndexPageFactory(parent=home_page)


@pytest.fixture
def toolkit_index(home_page):
    return factories.ToolkitIndexPageFactory(parent=home_page)


@pytest.fixture
def lab_index(home_page):
    return factories.PolicyLabIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return factories.EventIndexPageFactory(parent=home_page)


@pytest.fixture
def member(member_index):
    return factories.MemberPageFactory(parent=member_index, title="Rochdale Borough Council")


@pytest.fixture(autouse=True)
def fresh_passage_matrix():
    """Each test reads passage vectors from its own database: one rolled back reuses ids."""
    from semantic import vectors

    vectors.forget()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts and ends with an empty cache: rate limits, reset limits, synonyms, the
    spelling vocabulary, renditions and site root paths are all kept there, and the content
    generation and what is kept for it in the page cache's own."""
    for store in caches.all():
        store.clear()
    yield
    for store in caches.all():
        store.clear()


@pytest.fixture
def files_on_disk(settings, tmp_path):
    # Wagtail's serve view sends files by path, which the in-memory test storage cannot.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


# People, by the roles of accounts/roles.py (the migrations create the groups).


@pytest.fixture
def members_group(db):
    return Group.objects.get_or_create(name=MEMBERS)[0]


@pytest.fixture
def comms_group(db):
    return Group.objects.get_or_create(name=COMMS_TEAM)[0]


@pytest.fixture
def make_members_only(members_group, comms_group):
    """Make a page members-only as comms do in the admin: privacy for Members and Comms team."""

    def make(page):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([members_group, comms_group])
        return restriction

    return make


@pytest.fixture
def member_user(django_user_model, members_group):
    user = django_user_model.objects.create_user(
        "ada", email="ada@example.org", password=MEMBER_PASSWORD, first_name="Ada"
    )
    user.groups.add(members_group)
    return user


@pytest.fixture
def member_client(client, member_user):
    client.force_login(member_user)
    return client


@pytest.fixture
def comms_user(django_user_model, comms_group):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    user.groups.add(comms_group)
    return user


@pytest.fixture
def comms_client(client, comms_user):
    client.force_login(comms_user)
    return client


@pytest.fixture
def members_collection(members_group, comms_group):
    """A collection whose documents only members and comms may see."""
    collection = Collection.get_first_root_node().add_child(name="Members' reports")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members_group, comms_group])
    return collection
