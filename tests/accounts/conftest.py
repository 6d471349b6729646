import pytest
from django.contrib.auth.models import Group

from accounts.roles import COMMS_TEAM


@pytest.fixture
def comms_user(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    user.groups.add(Group.objects.get(name=COMMS_TEAM))
    return user


@pytest.fixture
def comms_client(client, comms_user):
    client.force_login(comms_user)
    return client
