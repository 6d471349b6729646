"""A lab's amount awarded, status and funding round are comms' to set: its leads see them but
cannot change them, in the editor or by posting them."""

from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from labs.choices import LabStatus
from labs.models import PolicyLabPage

PAGE_FORM_ID = "page-edit-form"


@pytest.fixture
def funded_lab(lab_a):
    lab_a.amount_awarded = Decimal("15000.00")
    lab_a.status = LabStatus.FUNDED
    lab_a.round_year = 2024
    lab_a.save_revision()
    return lab_a


def edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id=PAGE_FORM_ID)
    for name, value in changes.items():
        data[name] = value
    return response, client.post(url, data)


def latest(page):
    return PolicyLabPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_a_lead_sees_the_funding_facts_but_cannot_change_them(client, lead_a, funded_lab):
    client.force_login(lead_a)
    form_page, response = edit(
        client,
        funded_lab,
        summary="What we found.",
        amount_awarded="99999",
        status=LabStatus.COMPLETED,
        round_year="2030",
    )
    html = form_page.content.decode()
    for name in ("amount_awarded", "status", "round_year"):
        assert f'name="{name}"' in html
    assert html.count("Set by the comms team.") == 3
    assert response.status_code == 302
    lab = latest(funded_lab)
    assert lab.summary == "What we found."  # the rest of the edit is kept
    assert lab.amount_awarded == Decimal("15000.00")
    assert lab.status == LabStatus.FUNDED
    assert lab.round_year == 2024


def test_a_lead_posting_the_fields_by_hand_changes_nothing(client, lead_a, funded_lab):
    client.force_login(lead_a)
    url = reverse("wagtailadmin_pages:edit", args=[funded_lab.pk])
    form_page = client.get(url)
    data = querydict_from_html(form_page.content.decode(), form_id=PAGE_FORM_ID)
    # Disabled fields are not sent by browsers; a crafted request sends them anyway.
    data.setlist("amount_awarded", ["1"])
    data.setlist("status", [LabStatus.IN_PROGRESS])
    data.setlist("round_year", ["2013"])
    assert client.post(url, data).status_code == 302
    lab = latest(funded_lab)
    assert (lab.amount_awarded, lab.status, lab.round_year) == (
        Decimal("15000.00"),
        LabStatus.FUNDED,
        2024,
    )


def test_comms_set_the_funding_facts(client, comms_user, funded_lab):
    client.force_login(comms_user)
    form_page, response = edit(
        client, funded_lab, amount_awarded="17500", status=LabStatus.IN_PROGRESS, round_year="2025"
    )
    assert "Set by the comms team." not in form_page.content.decode()
    assert response.status_code == 302
    lab = latest(funded_lab)
    assert (lab.amount_awarded, lab.status, lab.round_year) == (
        Decimal("17500"),
        LabStatus.IN_PROGRESS,
        2025,
    )
