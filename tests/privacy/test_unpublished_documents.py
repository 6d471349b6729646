"""A document is public only once a live page's published content uses it.

A lab lead uploads a final report into a live lab's collection (by each of the admin's upload
routes), attaches it to the lab page and submits the page for approval. Until comms approve, the
report is served to nobody but the people who may manage it, and search does not show it.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from documents.models import HubDocument
from labs.access import add_lab_lead
from tests import factories

pytestmark = pytest.mark.usefixtures("files_on_disk")

TITLE = "Zephyrine final report"


def report_file():
    return SimpleUploadedFile("zephyrine-report.txt", b"Zephyrine findings.", "text/plain")


def upload_by_chooser(client, collection):
    return client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": TITLE,
            "document-chooser-upload-file": report_file(),
            "document-chooser-upload-collection": collection.pk,
        },
    )


def upload_by_form(client, collection):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": TITLE, "file": report_file(), "collection": collection.pk},
    )


def upload_by_multiple(client, collection):
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": report_file(), "collection": collection.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    HubDocument.objects.filter(title="zephyrine-report.txt").update(title=TITLE)
    return response


UPLOADS = [upload_by_chooser, upload_by_form, upload_by_multiple]


def serve_url(document):
    return reverse("wagtaildocs_serve", args=[document.pk, document.filename])


def submit_with_report(client, lab, document):
    url = reverse("wagtailadmin_pages:edit", args=[lab.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data["final_report"] = str(document.pk)
    data["action-submit"] = "action-submit"
    assert client.post(url, data).status_code == 302
    return WorkflowState.objects.get(object_id=str(lab.pk), status="in_progress")


def approve(client, lab, state, comms_user):
    client.force_login(comms_user)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lab.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(url, {"comment": ""}).status_code in (200, 302)


def search_titles(client):
    response = client.get("/api/search/", {"q": "zephyrine"})
    return [result["title"] for result in response.json()["results"]]


@pytest.mark.parametrize("upload", UPLOADS, ids=lambda upload: upload.__name__)
def test_a_report_submitted_for_approval_stays_private_until_approved(
    client, django_capture_on_commit_callbacks, live_lab, lead, comms_user, upload
):
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, live_lab.collection).status_code in (200, 302)
    document = HubDocument.objects.get(title=TITLE)
    assert document.collection_id == live_lab.collection_id
    with django_capture_on_commit_callbacks(execute=True):
        state = submit_with_report(client, live_lab, document)

    # The lead who uploaded it may still fetch it; the public may not, nor see it in search.
    response = client.get(serve_url(document))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    client.logout()
    assert client.get(serve_url(document)).status_code == 404
    assert TITLE not in search_titles(client)

    with django_capture_on_commit_callbacks(execute=True):
        approve(client, live_lab, state, comms_user)
    live_lab.refresh_from_db()
    assert live_lab.final_report_id == document.pk
    client.logout()
    response = client.get(serve_url(document))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Zephyrine findings."
    assert TITLE in search_titles(client)


def test_an_unused_document_is_served_only_to_those_who_manage_it(
    client, django_user_model, live_lab, lead, comms_user, member_user, member
):
    document = factories.DocumentFactory(collection=live_lab.collection, title=TITLE)
    url = serve_url(document)
    assert client.get(url).status_code == 404
    for user, status in ((member_user, 404), (lead, 200), (comms_user, 200)):
        client.force_login(user)
        assert client.get(url).status_code == status, user
    other_lead = django_user_model.objects.create_user("other-lead", "o@example.org", "pw")
    other_lab = factories.PolicyLabPageFactory(
        parent=live_lab.get_parent(), title="Other lab", lead_member=member
    )
    add_lab_lead(other_lab, other_lead)
    client.force_login(other_lead)
    assert client.get(url).status_code == 404


def test_unpublishing_the_page_makes_its_documents_private_again(client, live_lab, comms_user):
    document = factories.DocumentFactory(collection=live_lab.collection, title=TITLE)
    live_lab.final_report = document
    live_lab.save_revision(user=comms_user).publish(user=comms_user)
    assert client.get(serve_url(document)).status_code == 200
    live_lab.refresh_from_db()
    live_lab.unpublish(user=comms_user)
    assert client.get(serve_url(document)).status_code == 404


def test_removing_a_document_from_the_live_page_takes_it_down(client, live_lab, comms_user):
    document = factories.DocumentFactory(collection=live_lab.collection, title=TITLE)
    live_lab.final_report = document
    live_lab.save_revision(user=comms_user).publish(user=comms_user)
    live_lab.refresh_from_db()
    live_lab.final_report = None
    live_lab.save_revision(user=comms_user).publish(user=comms_user)
    assert client.get(serve_url(document)).status_code == 404


def test_a_document_used_only_by_members_only_pages_is_for_members_only(
    client, live_lab, comms_user, member_user, members_group, comms_group, restrict_page
):
    document = factories.DocumentFactory(title=TITLE)  # in the open root collection
    live_lab.final_report = document
    live_lab.save_revision(user=comms_user).publish(user=comms_user)
    restrict_page(live_lab, members_group, comms_group)
    url = serve_url(document)

    response = client.get(url)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
    assert TITLE not in search_titles(client)

    client.force_login(member_user)
    response = client.get(url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert TITLE in search_titles(client)


def test_a_document_a_public_page_also_uses_is_public(
    client, live_lab, lab_index, member, comms_user, members_group, restrict_page
):
    document = factories.DocumentFactory(title=TITLE)
    live_lab.final_report = document
    live_lab.save_revision(user=comms_user).publish(user=comms_user)
    restrict_page(live_lab, members_group)
    public_lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Open lab", lead_member=member
    )
    public_lab.final_report = document
    public_lab.save_revision(user=comms_user).publish(user=comms_user)

    response = client.get(serve_url(document))
    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")
