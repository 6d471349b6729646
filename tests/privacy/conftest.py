import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from accounts.roles import COMMS_TEAM, MEMBERS
from labs.access import add_lab_lead
from tests import factories


@pytest.fixture(autouse=True)
def clear_caches():
    cache.clear()
    yield
    cache.clear()


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


@pytest.fixture
def members_group(db):
    return Group.objects.get_or_create(name=MEMBERS)[0]


@pytest.fixture
def comms_group(db):
    return Group.objects.get_or_create(name=COMMS_TEAM)[0]


@pytest.fixture
def comms_user(django_user_model, comms_group):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    user.groups.add(comms_group)
    return user


@pytest.fixture
def member_user(django_user_model, members_group):
    user = django_user_model.objects.create_user("ada", "ada@example.org", "pw")
    user.groups.add(members_group)
    return user


@pytest.fixture
def live_lab(lab_index, member):
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Community energy lab", lead_member=member
    )
    lab.refresh_from_db()
    return lab


@pytest.fixture
def lead(django_user_model, live_lab):
    user = django_user_model.objects.create_user("lead", "lead@example.org", "pw")
    add_lab_lead(live_lab, user)
    return user


@pytest.fixture
def restrict_page():
    """Put a page under a group restriction, as comms do with the padlock in the admin."""

    def restrict(page, *groups, kind=PageViewRestriction.GROUPS, password=""):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=kind, password=password
        )
        restriction.groups.set(groups)
        return restriction

    return restrict


@pytest.fixture
def members_collection(members_group, comms_group):
    collection = Collection.get_first_root_node().add_child(name="Members' reports")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members_group, comms_group])
    return collection
