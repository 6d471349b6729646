"""Lab leads submit, comms approve or request changes, and everyone hears by email."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from labs.models import PolicyLabPage


def submit_for_approval(client, lab, summary):
    url = reverse("wagtailadmin_pages:edit", args=[lab.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data["summary"] = summary
    data["action-submit"] = "action-submit"
    response = client.post(url, data)
    assert response.status_code == 302
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(lab.pk), status="in_progress"
    )


def workflow_action(client, lab, state, action, comment=""):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lab.pk, action, state.current_task_state.pk],
    )
    return client.post(url, {"comment": comment})


@pytest.fixture
def submitted(client, lead_a, lab_a, comms_user):
    client.force_login(lead_a)
    mail.outbox.clear()
    state = submit_for_approval(client, lab_a, "Ready for comms.")
    client.force_login(comms_user)
    return state


def test_submission_notifies_the_comms_team(submitted, comms_user, lab_a):
    assert submitted.workflow.name == "Comms approval"
    assert submitted.current_task_state.task.name == "Comms team approval"
    recipients = {address for message in mail.outbox for address in message.to}
    assert comms_user.email in recipients
    assert any("Lab A" in message.subject for message in mail.outbox)


def test_comms_approve_and_the_lab_goes_live(client, submitted, lab_a, lead_a):
    mail.outbox.clear()
    response = workflow_action(client, lab_a, submitted, "approve", "Looks good.")
    assert response.status_code in (200, 302)

    lab = PolicyLabPage.objects.get(pk=lab_a.pk)
    assert lab.live
    assert lab.summary == "Ready for comms."
    submitted.refresh_from_db()
    assert submitted.status == WorkflowState.STATUS_APPROVED
    assert lead_a.email in {address for message in mail.outbox for address in message.to}


def test_comms_request_changes_with_a_comment(client, submitted, lab_a, lead_a):
    mail.outbox.clear()
    response = workflow_action(
        client, lab_a, submitted, "reject", "Please attach the final report before we publish."
    )
    assert response.status_code in (200, 302)

    lab = PolicyLabPage.objects.get(pk=lab_a.pk)
    assert not lab.live
    submitted.refresh_from_db()
    assert submitted.status == WorkflowState.STATUS_NEEDS_CHANGES

    to_lead = [message for message in mail.outbox if lead_a.email in message.to]
    assert to_lead, "the lead is told that changes were requested"
    assert "Please attach the final report before we publish." in to_lead[0].body


def test_lead_cannot_approve_their_own_submission(client, submitted, lab_a, lead_a):
    client.force_login(lead_a)
    response = workflow_action(client, lab_a, submitted, "approve")
    assert response.status_code in (302, 403)
    assert not PolicyLabPage.objects.get(pk=lab_a.pk).live
    submitted.refresh_from_db()
    assert submitted.status == WorkflowState.STATUS_IN_PROGRESS


def test_comms_edits_to_other_pages_also_go_through_the_workflow(home_page, lab_index):
    from wagtail.models import Page

    for page in (home_page, lab_index):
        workflow = Page.objects.get(pk=page.pk).get_workflow()
        assert workflow is not None and workflow.name == "Comms approval"


def test_comms_can_preview_the_submitted_draft(client, submitted, lab_a):
    url = reverse(
        "wagtailadmin_pages:workflow_preview", args=[lab_a.pk, submitted.current_task_state.task_id]
    )
    response = client.get(url)
    assert response.status_code == 200
    assert "Ready for comms." in response.content.decode()
