"""A new lab lead is told by email, once, and finds their lab on their dashboard."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from accounts.roles import COMMS_TEAM
from labs.access import add_lab_lead, lab_access, remove_lab_lead


@pytest.fixture
def person(django_user_model):
    return django_user_model.objects.create_user(
        "sam", "sam@example.org", "pw", first_name="Sam", last_name="Officer"
    )


def test_comms_making_someone_a_lead_emails_them_a_link_to_the_lab(
    client, comms_user, lab_a, person, django_capture_on_commit_callbacks
):
    client.force_login(comms_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("labs_lab_leads", args=[lab_a.pk]), {"account": "sam@example.org"})
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["sam@example.org"]
    assert email.subject == "You now lead Lab A on the CCIN Hub"
    assert "Dear Sam," in email.body
    assert f"/admin/pages/{lab_a.pk}/edit/" in email.body
    assert email.body.count("http") == 2  # full addresses, to the lab and to the dashboard


def test_the_email_is_sent_only_once_the_change_is_committed(
    lab_a, person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        add_lab_lead(lab_a, person)
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_someone_already_a_lead_is_not_told_again(
    lab_a, person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_lab_lead(lab_a, person)
        add_lab_lead(lab_a, person)
        person.groups.set(list(person.groups.all()))  # the user editor saving the same groups
    assert len(mail.outbox) == 1


def test_joining_the_lead_group_any_other_way_tells_them_too(
    lab_a, lab_b, person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        lab_access(lab_b).lead_group.user_set.add(person)
    assert [email.subject for email in mail.outbox] == ["You now lead Lab B on the CCIN Hub"]


def test_other_groups_send_nothing(person, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        person.groups.add(Group.objects.create(name="Readers"))
    assert mail.outbox == []


def test_an_account_without_an_email_address_is_made_lead_all_the_same(
    lab_a, django_user_model, django_capture_on_commit_callbacks
):
    nameless = django_user_model.objects.create_user("no-email", "", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        add_lab_lead(lab_a, nameless)
    assert mail.outbox == []
    assert lab_a.permissions_for_user(nameless).can_edit()


def test_a_lead_finds_their_lab_on_the_dashboard(client, lead_a, lab_a):
    client.force_login(lead_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert ">Your lab<" in html.replace("\n", "").replace("  ", "")
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[lab_a.pk])}">Lab A' in html
    assert "Not published" in html  # lab_a is a draft


def test_a_lead_of_two_labs_sees_both(client, lead_a, lab_a, lab_b):
    add_lab_lead(lab_b, lead_a)
    client.force_login(lead_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Your labs" in html
    assert "Lab A" in html and "Lab B" in html
    assert f'href="{lab_b.url}">View the live page' in html


def test_no_panel_for_someone_who_leads_no_lab(client, comms_user, lead_a, lab_a):
    client.force_login(comms_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "Your lab" not in response.content.decode()
    # Someone who no longer leads a lab (but still uses the admin) loses the panel with it.
    remove_lab_lead(lab_a, lead_a)
    lead_a.groups.add(Group.objects.get(name=COMMS_TEAM))
    client.force_login(lead_a)
    assert "Your lab" not in client.get(reverse("wagtailadmin_home")).content.decode()
