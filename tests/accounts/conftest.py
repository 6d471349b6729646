import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from accounts.roles import COMMS_TEAM, MEMBERS

PASSWORD = "a-long-members-password-1"


@pytest.fixture(autouse=True)
def clear_caches():
    cache.clear()
    yield
    cache.clear()


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
def comms_client(client, comms_user):
    client.force_login(comms_user)
    return client


@pytest.fixture
def member_user(django_user_model, members_group):
    user = django_user_model.objects.create_user(
        "ada", email="ada@example.org", password=PASSWORD, first_name="Ada"
    )
    user.groups.add(members_group)
    return user


@pytest.fixture
def member_client(client, member_user):
    client.force_login(member_user)
    return client


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
def members_collection(members_group, comms_group):
    collection = Collection.get_first_root_node().add_child(name="Members' reports")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members_group, comms_group])
    return collection
