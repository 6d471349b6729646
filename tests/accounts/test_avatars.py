"""Staff avatars in the admin never come from Gravatar, a third party that would learn who
signs in (from a hash of their email address) and when."""

import pytest
from wagtail.users.utils import get_gravatar_url

pytestmark = pytest.mark.django_db


def test_no_gravatar_address_is_made():
    assert get_gravatar_url("comms@councils.coop") is None


def test_the_admin_shows_no_gravatar(admin_client, admin_user):
    admin_user.email = "comms@councils.coop"
    admin_user.save()
    response = admin_client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert "gravatar" not in response.content.decode().lower()
