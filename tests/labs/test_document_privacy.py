"""A lab's documents are private until the lab page is published with them."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests import factories

# Wagtail's serve view sends files by path, which the in-memory test storage cannot.
pytestmark = pytest.mark.usefixtures("files_on_disk")


@pytest.fixture
def draft_report(lab_a):
    lab_a.refresh_from_db()
    return factories.DocumentFactory(collection=lab_a.collection, title="Draft findings")


def serve_url(document):
    return reverse("wagtaildocs_serve", args=[document.pk, document.filename])


def test_anonymous_visitors_cannot_fetch_a_draft_labs_document(client, draft_report):
    # Unpublished: nothing tells a visitor it exists.
    assert client.get(serve_url(draft_report)).status_code == 404


def test_comms_and_the_labs_leads_can_fetch_it(client, draft_report, comms_user, lead_a):
    for user in (comms_user, lead_a):
        client.force_login(user)
        assert client.get(serve_url(draft_report)).status_code == 200


def test_other_signed_in_people_cannot(client, draft_report, django_user_model):
    client.force_login(django_user_model.objects.create_user("someone", "s@example.org", "pw"))
    assert client.get(serve_url(draft_report)).status_code != 200


def test_publishing_the_lab_opens_its_documents_and_unpublishing_closes_them(
    client, draft_report, lab_a, comms_user
):
    lab_a.final_report = draft_report
    lab_a.save_revision(user=comms_user).publish(user=comms_user)
    response = client.get(serve_url(draft_report))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Co-operative findings."

    lab_a.refresh_from_db()
    lab_a.unpublish(user=comms_user)
    assert client.get(serve_url(draft_report)).status_code == 404


def test_approving_a_leads_submission_publishes_the_documents(
    client, draft_report, lab_a, lead_a, comms_user
):
    lab_a.final_report = draft_report
    lab_a.save_revision(user=lead_a)
    assert client.get(serve_url(draft_report)).status_code == 404
    workflow = Page.objects.get(pk=lab_a.pk).get_workflow()
    state = workflow.start(lab_a, lead_a)
    state.current_task_state.task.specific.on_action(
        state.current_task_state, comms_user, "approve"
    )
    assert client.get(serve_url(draft_report)).status_code == 200
