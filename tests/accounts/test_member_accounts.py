"""Comms create and edit members' accounts in the admin, without reaching administrators'."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS


def new_account(**extra):
    return {
        "username": "jo.member",
        "email": "jo@example.org",
        "first_name": "Jo",
        "last_name": "Member",
        "password1": "a-long-pass-phrase-42",
        "password2": "a-long-pass-phrase-42",
        **extra,
    }


def test_comms_create_a_members_account(comms_client, django_user_model):
    members = Group.objects.get(name=MEMBERS)
    form = comms_client.get(reverse("wagtailusers_users:add"))
    assert form.status_code == 200
    html = form.content.decode()
    assert 'name="is_superuser"' not in html
    assert SITE_ADMINISTRATORS not in html

    response = comms_client.post(
        reverse("wagtailusers_users:add"), new_account(groups=[members.pk])
    )
    assert response.status_code == 302
    account = django_user_model.objects.get(username="jo.member")
    assert list(account.groups.values_list("name", flat=True)) == [MEMBERS]
    assert account.check_password("a-long-pass-phrase-42")


def test_comms_cannot_make_an_administrator(comms_client, django_user_model):
    admins = Group.objects.get(name=SITE_ADMINISTRATORS)
    response = comms_client.post(
        reverse("wagtailusers_users:add"),
        new_account(is_superuser="on", groups=[admins.pk]),
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Select a valid choice" in response.content.decode()
    assert not django_user_model.objects.filter(username="jo.member").exists()

    response = comms_client.post(reverse("wagtailusers_users:add"), new_account(is_superuser="on"))
    assert response.status_code == 302
    assert not django_user_model.objects.get(username="jo.member").is_superuser


def test_editing_a_member_keeps_the_groups_comms_cannot_give(comms_client, django_user_model):
    lab_leads = Group.objects.create(name="Lab leads: Co-operative Governance")
    members = Group.objects.get(name=MEMBERS)
    account = django_user_model.objects.create_user("lead", "lead@example.org", "pw")
    account.groups.add(lab_leads, members)
    url = reverse("wagtailusers_users:edit", args=[account.pk])
    response = comms_client.post(
        url,
        {
            "username": "lead",
            "email": "lead@council.example",
            "first_name": "Lee",
            "last_name": "Lead",
            "is_active": "on",
            "groups": [],
        },
    )
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.email == "lead@council.example"
    assert list(account.groups.values_list("name", flat=True)) == [lab_leads.name]


@pytest.mark.parametrize("privilege", ["superuser", "site administrator"])
def test_comms_cannot_touch_an_administrators_account(comms_client, django_user_model, privilege):
    if privilege == "superuser":
        account = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    else:
        account = django_user_model.objects.create_user("admin2", "a2@example.org", "pw")
        account.groups.add(Group.objects.get(name=SITE_ADMINISTRATORS))
    # Wagtail's admin answers a refusal by sending people back to the dashboard with a message.
    edit = reverse("wagtailusers_users:edit", args=[account.pk])
    refused = comms_client.get(edit)
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    response = comms_client.post(
        edit,
        {"username": account.username, "password1": "taken-over-99", "password2": "taken-over-99"},
    )
    assert response.status_code == 302
    account.refresh_from_db()
    assert account.check_password("pw")
    delete = reverse("wagtailusers_users:delete", args=[account.pk])
    assert comms_client.post(delete).status_code == 302
    assert django_user_model.objects.filter(pk=account.pk).exists()


def test_a_superuser_keeps_wagtails_full_form(client, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(boss)
    html = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' in html and SITE_ADMINISTRATORS in html and COMMS_TEAM in html
