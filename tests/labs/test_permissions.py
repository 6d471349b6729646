"""The lead of lab A may edit lab A and upload into its collection, and nothing more."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from labs.models import PolicyLabPage
from tests import factories

PAGE_FORM_ID = "page-edit-form"


def edit_form_data(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id=PAGE_FORM_ID)


@pytest.fixture
def lead_client(client, lead_a):
    client.force_login(lead_a)
    return client


def test_lead_can_open_and_submit_their_own_lab(lead_client, lab_a):
    data = edit_form_data(lead_client, lab_a)
    data["summary"] = "Our findings, ready for comms to check."
    data["action-submit"] = "action-submit"
    response = lead_client.post(reverse("wagtailadmin_pages:edit", args=[lab_a.pk]), data)
    assert response.status_code == 302

    lab = PolicyLabPage.objects.get(pk=lab_a.pk)
    assert not lab.live
    assert lab.get_latest_revision_as_object().summary == "Our findings, ready for comms to check."
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lab.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Comms approval"


def test_lead_can_save_a_draft_of_their_own_lab(lead_client, lab_a):
    data = edit_form_data(lead_client, lab_a)
    data["summary"] = "A draft."
    response = lead_client.post(reverse("wagtailadmin_pages:edit", args=[lab_a.pk]), data)
    assert response.status_code == 302
    assert PolicyLabPage.objects.get(pk=lab_a.pk).get_latest_revision_as_object().summary == (
        "A draft."
    )


def test_lead_cannot_edit_another_lab(lead_client, lab_b):
    url = reverse("wagtailadmin_pages:edit", args=[lab_b.pk])
    response = lead_client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url != url
    response = lead_client.post(url, {"title": "Hijacked", "action-publish": "1"})
    assert response.status_code in (302, 403)
    lab_b.refresh_from_db()
    assert lab_b.title == "Lab B"
    assert lab_b.get_latest_revision() is None or (
        lab_b.get_latest_revision_as_object().title == "Lab B"
    )


def test_lead_cannot_edit_other_pages(lead_client, home_page, lab_index):
    for page in (home_page, lab_index):
        response = lead_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code in (302, 403)


def test_lead_cannot_publish(client, comms_user, lead_a, lab_a):
    lab_a.save_revision(user=comms_user).publish(user=comms_user)
    lab = PolicyLabPage.objects.get(pk=lab_a.pk)
    assert lab.live
    assert not lab.permissions_for_user(lead_a).can_publish()
    assert lab.permissions_for_user(lead_a).can_edit()

    client.force_login(lead_a)
    data = edit_form_data(client, lab)
    data["summary"] = "Trying to publish directly."
    data["action-publish"] = "action-publish"
    client.post(reverse("wagtailadmin_pages:edit", args=[lab.pk]), data)

    lab = PolicyLabPage.objects.get(pk=lab_a.pk)
    assert lab.summary != "Trying to publish directly."
    assert lab.get_latest_revision_as_object().summary == "Trying to publish directly."
    assert lab.has_unpublished_changes


def test_lead_cannot_add_pages_elsewhere(lead_a, home_page, lab_index):
    assert not home_page.permissions_for_user(lead_a).can_add_subpage()
    assert not lab_index.permissions_for_user(lead_a).can_add_subpage()


def upload(client, title, collection_id):
    data = {"title": title, "file": SimpleUploadedFile(f"{title}.txt", b"What we found.")}
    if collection_id is not None:
        data["collection"] = collection_id
    return client.post(reverse("wagtaildocs:add"), data)


def test_lead_of_one_lab_can_only_upload_into_its_collection(lead_client, lab_a, lab_b):
    lab_a.refresh_from_db()
    lab_b.refresh_from_db()
    response = lead_client.get(reverse("wagtaildocs:add"))
    assert response.status_code == 200
    # With a single permitted collection Wagtail hides the field and uses that collection.
    assert "collection" not in response.context["form"].fields

    upload(lead_client, "Aimed at lab B", lab_b.collection_id)
    document = get_document_model().objects.get(title="Aimed at lab B")
    assert document.collection_id == lab_a.collection_id


def test_lead_of_two_labs_is_refused_other_collections(lead_client, lead_a, lab_a, lab_b, member):
    from labs.access import add_lab_lead

    lab_c = factories.PolicyLabPageFactory(
        parent=lab_a.get_parent(), title="Lab C", lead_member=member
    )
    add_lab_lead(lab_c, lead_a)
    lab_a.refresh_from_db()
    lab_b.refresh_from_db()
    lab_c.refresh_from_db()

    response = lead_client.get(reverse("wagtaildocs:add"))
    offered = {int(pk.value) for pk, _ in response.context["form"].fields["collection"].choices}
    assert offered == {lab_a.collection_id, lab_c.collection_id}

    for title, collection_id in (
        ("Wrong lab", lab_b.collection_id),
        ("Root", Collection.get_first_root_node().pk),
    ):
        refused = upload(lead_client, title, collection_id)
        assert refused.status_code == 200
        assert "collection" in refused.context["form"].errors
        assert not get_document_model().objects.filter(title=title).exists()

    assert upload(lead_client, "Lab C report", lab_c.collection_id).status_code == 302
    assert get_document_model().objects.get(title="Lab C report").collection_id == (
        lab_c.collection_id
    )


def test_lead_cannot_change_documents_outside_their_collection(lead_client, lab_b):
    lab_b.refresh_from_db()
    other = factories.DocumentFactory(collection=lab_b.collection, title="Lab B report")
    response = lead_client.get(reverse("wagtaildocs:edit", args=[other.pk]))
    assert response.status_code in (302, 403)


def test_lead_has_no_snippet_settings_or_user_admin(lead_client):
    for name in ("wagtailusers_users:index", "wagtailusers_groups:index"):
        response = lead_client.get(reverse(name))
        assert response.status_code in (302, 403)


def test_removed_lead_loses_access(client, lead_a, lab_a):
    from labs.access import remove_lab_lead

    remove_lab_lead(lab_a, lead_a)
    client.force_login(lead_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[lab_a.pk]))
    assert response.status_code in (302, 403)
