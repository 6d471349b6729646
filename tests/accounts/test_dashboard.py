"""The comms dashboard panel counts the work waiting for the comms team."""

import re

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.dashboard import comms_dashboard_rows
from tests import factories

PANEL_ID = 'id="comms-work-waiting-section"'


def counts(html):
    """{row label: count} as the panel shows them."""
    rows = re.findall(
        r'<th scope="row">\s*([^<]+?)\s*(?:<ul>.*?</ul>\s*)?</th>\s*<td data-count="(\d+)"',
        html,
        re.S,
    )
    return {label: int(count) for label, count in rows}


def has_extraction_status():
    return any(f.name == "extraction_status" for f in get_document_model()._meta.get_fields())


@pytest.fixture
def waiting_work(lab_index, member, django_user_model):
    lead = django_user_model.objects.create_user("lead", "lead@example.org", "pw")
    for title in ("Lab one", "Lab two"):
        lab = factories.PolicyLabPageFactory(parent=lab_index, title=title, lead_member=member)
        lab.save_revision(user=lead)
        Page.objects.get(pk=lab.pk).get_workflow().start(lab, lead)
    # A third lab whose submission comms already answered does not count.
    done = factories.PolicyLabPageFactory(parent=lab_index, title="Lab three", lead_member=member)
    done.save_revision(user=lead)
    state = Page.objects.get(pk=done.pk).get_workflow().start(done, lead)
    state.cancel(user=lead)

    if apps.is_installed("applications"):
        from tests.factories import ApplicationFactory

        ApplicationFactory.create_batch(3)
        ApplicationFactory(status="declined")

    if has_extraction_status():
        documents = factories.DocumentFactory.create_batch(2)
        get_document_model().objects.filter(pk=documents[0].pk).update(extraction_status="failed")


def test_comms_see_the_panel_with_counts(comms_client, waiting_work):
    response = comms_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert PANEL_ID in html

    shown = counts(html)
    assert shown["Pages awaiting approval"] == 2
    assert "Lab one" in html and "Lab two" in html
    if apps.is_installed("applications"):
        assert shown["Applications awaiting review"] == 3
    if has_extraction_status():
        assert shown["Documents whose text could not be extracted"] == 1
    else:
        assert "Documents whose text could not be extracted" not in shown


def test_empty_counts_are_zero(comms_client):
    html = comms_client.get(reverse("wagtailadmin_home")).content.decode()
    shown = counts(html)
    assert shown["Pages awaiting approval"] == 0
    assert all(count == 0 for count in shown.values())


def test_rows_link_to_the_work(comms_user, waiting_work):
    rows = {row.label: row for row in comms_dashboard_rows()}
    assert rows["Pages awaiting approval"].url == reverse("wagtailadmin_reports:workflow")
    for _title, url in rows["Pages awaiting approval"].items:
        assert url.startswith("/admin/pages/")
    if apps.is_installed("applications"):
        row = rows["Applications awaiting review"]
        assert row.url and row.url.startswith("/admin/")
        assert len(row.items) == 3


def test_lab_leads_and_other_editors_do_not_see_it(client, django_user_model, lab_index, member):
    lab = factories.PolicyLabPageFactory(parent=lab_index, title="Lab one", lead_member=member)
    from labs.access import add_lab_lead

    lead = django_user_model.objects.create_user("lead", "lead@example.org", "pw")
    add_lab_lead(lab, lead)
    client.force_login(lead)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert PANEL_ID not in response.content.decode()
