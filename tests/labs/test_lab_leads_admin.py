"""Making someone a lab lead is one admin action, open to comms only."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from labs.access import lab_leads


@pytest.fixture
def person(django_user_model):
    return django_user_model.objects.create_user(
        "sam", "sam@example.org", "pw", first_name="Sam", last_name="Officer"
    )


def leads_url(lab):
    return reverse("labs_lab_leads", args=[lab.pk])


def test_comms_see_the_manage_lab_leads_button(comms_client, lab_a, lab_index):
    response = comms_client.get(reverse("wagtailadmin_pages:edit", args=[lab_a.pk]))
    assert leads_url(lab_a) in response.content.decode()
    listing = comms_client.get(reverse("wagtailadmin_explore", args=[lab_index.pk]))
    assert leads_url(lab_a) in listing.content.decode()


def test_the_button_is_only_on_lab_pages(comms_client, lab_index):
    response = comms_client.get(reverse("wagtailadmin_pages:edit", args=[lab_index.pk]))
    assert "/leads/" not in response.content.decode()


def test_make_lab_lead_by_email_is_one_action(comms_client, lab_a, person):
    response = comms_client.get(leads_url(lab_a))
    assert response.status_code == 200
    assert "This lab has no leads yet." in response.content.decode()

    response = comms_client.post(leads_url(lab_a), {"account": "SAM@example.org"}, follow=True)
    assert response.status_code == 200
    assert list(lab_leads(lab_a)) == [person]
    assert lab_a.permissions_for_user(person).can_edit()
    assert "Sam Officer &lt;sam@example.org&gt; now leads Lab A." in response.content.decode()
    assert PageLogEntry.objects.filter(page=lab_a, action="labs.lead_added").exists()

    history = comms_client.get(reverse("wagtailadmin_pages:history", args=[lab_a.pk]))
    assert "Made Sam Officer &lt;sam@example.org&gt; a lab lead" in history.content.decode()


def test_make_lab_lead_by_username(comms_client, lab_a, person):
    comms_client.post(leads_url(lab_a), {"account": "sam"})
    assert list(lab_leads(lab_a)) == [person]


def test_unknown_or_repeated_account_gets_a_clear_message(comms_client, lab_a, person):
    response = comms_client.post(leads_url(lab_a), {"account": "nobody@example.org"})
    assert response.status_code == 200
    assert "No active account has that email address or username." in response.content.decode()

    comms_client.post(leads_url(lab_a), {"account": "sam"})
    response = comms_client.post(leads_url(lab_a), {"account": "sam@example.org"})
    assert response.status_code == 200
    assert "sam already leads this lab." in response.content.decode()

    response = comms_client.post(leads_url(lab_a), {"account": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_ambiguous_email_asks_for_the_username(comms_client, lab_a, person, django_user_model):
    django_user_model.objects.create_user("sam2", "sam@example.org", "pw")
    response = comms_client.post(leads_url(lab_a), {"account": "sam@example.org"})
    assert "More than one account matches" in response.content.decode()
    assert list(lab_leads(lab_a)) == []


def test_remove_lab_lead(comms_client, lab_a, lead_a):
    response = comms_client.post(leads_url(lab_a), {"remove": str(lead_a.pk)}, follow=True)
    assert response.status_code == 200
    assert list(lab_leads(lab_a)) == []
    assert not lab_a.permissions_for_user(lead_a).can_edit()
    assert PageLogEntry.objects.filter(page=lab_a, action="labs.lead_removed").exists()


def test_removing_someone_who_is_not_a_lead_changes_nothing(comms_client, lab_a, lead_a, person):
    for value in (str(person.pk), "not-a-number"):
        response = comms_client.post(leads_url(lab_a), {"remove": value}, follow=True)
        assert response.status_code == 200
        assert "That person is not a lead of this lab." in response.content.decode()
    assert list(lab_leads(lab_a)) == [lead_a]


def test_only_comms_can_manage_leads(client, lab_a, lead_a, person):
    client.force_login(lead_a)
    assert client.get(leads_url(lab_a)).status_code in (302, 403)
    assert client.post(leads_url(lab_a), {"account": "sam"}).status_code in (302, 403)
    assert list(lab_leads(lab_a)) == [lead_a]
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lab_a.pk]))
    assert leads_url(lab_a) not in edit.content.decode()

    client.logout()
    response = client.get(leads_url(lab_a))
    assert response.status_code == 302
    assert "login" in response.url


def test_superuser_can_manage_leads(client, lab_a, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    assert client.get(leads_url(lab_a)).status_code == 200


def test_unknown_lab_is_not_found(comms_client, home_page):
    assert comms_client.get(reverse("labs_lab_leads", args=[home_page.pk])).status_code == 404


@pytest.mark.parametrize("who", ["superuser", "site administrator", "themselves"])
def test_comms_cannot_change_the_roles_of_administrators_or_themselves(
    comms_client, comms_user, lab_a, django_user_model, who
):
    from django.contrib.auth.models import Group

    from accounts.roles import SITE_ADMINISTRATORS

    if who == "superuser":
        account = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    elif who == "site administrator":
        account = django_user_model.objects.create_user("sa", "sa@example.org", "pw")
        account.groups.add(Group.objects.get(name=SITE_ADMINISTRATORS))
    else:
        account = comms_user
    response = comms_client.post(leads_url(lab_a), {"account": account.username})
    assert response.status_code == 200
    assert "Only a superuser" in response.content.decode() or (
        "your own roles" in response.content.decode()
    )
    assert list(lab_leads(lab_a)) == []
