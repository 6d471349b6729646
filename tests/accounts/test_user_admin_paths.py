"""Every admin path that changes accounts or groups keeps to the same role limits.

Wagtail's bulk actions on the users listing (assign a role, set active state, delete), its user
views and its group views all go through `accounts.rules`; a Comms team user cannot make anyone
an administrator, lock a superuser out, or raise their own rights through a group.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts.roles import COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS


def bulk_url(action, *ids):
    query = "&".join(f"id={pk}" for pk in ids)
    return reverse("wagtail_bulk_action", args=("auth", "user", action)) + "?" + query


def group(name):
    return Group.objects.get(name=name)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")


@pytest.fixture
def site_admin(django_user_model):
    user = django_user_model.objects.create_user("siteadmin", "sa@example.org", "pw")
    user.groups.add(group(SITE_ADMINISTRATORS))
    return user


@pytest.fixture
def member_account(django_user_model):
    user = django_user_model.objects.create_user("member", "m@example.org", "pw")
    user.groups.add(group(MEMBERS))
    return user


def test_comms_cannot_make_themselves_site_administrators(comms_client, comms_user):
    admins = group(SITE_ADMINISTRATORS)
    response = comms_client.post(bulk_url("assign_role", comms_user.pk), {"role": admins.pk})
    assert response.status_code == 200  # the form again: not a role comms may give
    assert not comms_user.groups.filter(pk=admins.pk).exists()


def test_comms_cannot_change_their_own_role_in_bulk(comms_client, comms_user):
    response = comms_client.post(
        bulk_url("assign_role", comms_user.pk), {"role": group(MEMBERS).pk}
    )
    assert response.status_code in (200, 302)
    assert not comms_user.groups.filter(name=MEMBERS).exists()


def test_comms_give_members_the_members_role_in_bulk(comms_client, django_user_model):
    account = django_user_model.objects.create_user("newbie", "n@example.org", "pw")
    response = comms_client.post(bulk_url("assign_role", account.pk), {"role": group(MEMBERS).pk})
    assert response.status_code == 302
    assert account.groups.filter(name=MEMBERS).exists()


@pytest.mark.parametrize("privilege", ["superuser", "site administrator"])
def test_comms_cannot_deactivate_or_relabel_an_administrator(
    comms_client, superuser, site_admin, privilege
):
    account = superuser if privilege == "superuser" else site_admin
    comms_client.post(bulk_url("set_active_state", account.pk), {"mark_as_active": "False"})
    comms_client.post(bulk_url("assign_role", account.pk), {"role": group(COMMS_TEAM).pk})
    account.refresh_from_db()
    assert account.is_active
    assert not account.groups.filter(name=COMMS_TEAM).exists()


def test_site_administrators_cannot_lock_out_the_superuser(client, site_admin, superuser):
    client.force_login(site_admin)
    client.post(bulk_url("set_active_state", superuser.pk), {"mark_as_active": "False"})
    client.post(bulk_url("delete", superuser.pk))
    superuser.refresh_from_db()
    assert superuser.is_active


def test_site_administrators_cannot_appoint_site_administrators(client, site_admin, member_account):
    client.force_login(site_admin)
    admins = group(SITE_ADMINISTRATORS)
    client.post(bulk_url("assign_role", member_account.pk), {"role": admins.pk})
    assert not member_account.groups.filter(pk=admins.pk).exists()


def test_site_administrators_manage_members_in_bulk(client, site_admin, member_account):
    client.force_login(site_admin)
    response = client.post(
        bulk_url("set_active_state", member_account.pk), {"mark_as_active": "False"}
    )
    assert response.status_code == 302
    member_account.refresh_from_db()
    assert not member_account.is_active


def test_comms_cannot_edit_their_own_roles(comms_client, comms_user):
    url = reverse("wagtailusers_users:edit", args=[comms_user.pk])
    assert comms_client.get(url).status_code == 200
    response = comms_client.post(
        url,
        {
            "username": "comms",
            "email": "comms@example.org",
            "first_name": "Co",
            "last_name": "Mms",
            "groups": [group(MEMBERS).pk],
        },
    )
    assert response.status_code == 302
    comms_user.refresh_from_db()
    assert comms_user.first_name == "Co"
    assert list(comms_user.groups.values_list("name", flat=True)) == [COMMS_TEAM]


def test_site_administrators_cannot_edit_another_site_administrator(
    client, site_admin, django_user_model
):
    other = django_user_model.objects.create_user("sa2", "sa2@example.org", "pw")
    other.groups.add(group(SITE_ADMINISTRATORS))
    client.force_login(site_admin)
    url = reverse("wagtailusers_users:edit", args=[other.pk])
    client.post(
        url, {"username": "sa2", "password1": "taken-over-99", "password2": "taken-over-99"}
    )
    other.refresh_from_db()
    assert other.check_password("pw")


def test_comms_cannot_grant_themselves_rights_through_a_group(comms_client, comms_user):
    # Even if comms were given the right to manage groups, their own group stays out of reach.
    comms = group(COMMS_TEAM)
    comms.permissions.add(*Permission.objects.filter(content_type__app_label="auth"))
    url = reverse("wagtailusers_groups:edit", args=[comms.pk])
    before = set(comms.permissions.values_list("pk", flat=True))
    comms_client.post(
        url,
        {"name": COMMS_TEAM, "permissions": list(Permission.objects.values_list("pk", flat=True))},
    )
    assert set(comms.permissions.values_list("pk", flat=True)) == before
    created = comms_client.post(reverse("wagtailusers_groups:add"), {"name": "Escalated"})
    assert created.status_code in (302, 403)
    assert not Group.objects.filter(name="Escalated").exists()


def test_site_administrators_cannot_widen_their_own_group(client, site_admin):
    admins = group(SITE_ADMINISTRATORS)
    before = set(admins.permissions.values_list("pk", flat=True))
    client.force_login(site_admin)
    client.post(
        reverse("wagtailusers_groups:edit", args=[admins.pk]),
        {
            "name": SITE_ADMINISTRATORS,
            "permissions": list(Permission.objects.values_list("pk", flat=True)),
        },
    )
    client.post(reverse("wagtailusers_groups:delete", args=[admins.pk]))
    assert set(admins.permissions.values_list("pk", flat=True)) == before
