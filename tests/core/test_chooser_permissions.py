"""Documents and images attached through a page's edit form must be ones the editor may choose.

A lab lead may choose only from their lab's collection; the ids a chooser posts are checked on
the server, so a members-only document or another lab's draft report cannot be attached by
posting its id. What is already attached (chosen by comms, say) is kept when the lead saves.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import (
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    get_page_models,
)
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from accounts.roles import MEMBERS
from core.blocks import RICH_TEXT_FEATURES
from core.forms import HubPageForm
from labs.access import add_lab_lead
from labs.models import PolicyLabPage
from tests import factories


@pytest.fixture
def members_only_document(db):
    collection = factories.root_collection().add_child(name="Members only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=MEMBERS))
    return factories.DocumentFactory(collection=collection, title="Members' briefing")


@pytest.fixture
def lab_a(lab_index, member):
    return factories.PolicyLabPageFactory(parent=lab_index, title="Lab A", lead_member=member)


@pytest.fixture
def lab_b(lab_index, member):
    return factories.PolicyLabPageFactory(parent=lab_index, title="Lab B", lead_member=member)


@pytest.fixture
def lead_client(client, django_user_model, lab_a):
    lead = django_user_model.objects.create_user("lead-a", "lead-a@example.org", "pw")
    add_lab_lead(lab_a, lead)
    client.force_login(lead)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def lab_form(client, lab, **changes):
    response = client.get(edit_url(lab))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = str(value)
    return data


def latest(lab):
    return PolicyLabPage.objects.get(pk=lab.pk).get_latest_revision_as_object()


def test_every_page_type_validates_its_choosers():
    for model in get_page_models():
        if model is Page:
            continue
        form_class = model.get_edit_handler().get_form_class()
        assert issubclass(form_class, HubPageForm), model


def test_a_lead_cannot_attach_a_members_only_document_by_id(
    lead_client, lab_a, members_only_document
):
    response = lead_client.post(
        edit_url(lab_a), lab_form(lead_client, lab_a, final_report=members_only_document.pk)
    )
    assert response.status_code == 200  # the form again, with the error
    assert "You cannot choose this document" in response.content.decode()
    assert latest(lab_a).final_report_id is None


def test_a_lead_cannot_attach_another_labs_draft_report(lead_client, lab_a, lab_b):
    other_report = factories.DocumentFactory(collection=lab_b.collection, title="B's draft")
    data = lab_form(lead_client, lab_a)
    data.update(
        {
            "outputs-TOTAL_FORMS": "1",
            "outputs-INITIAL_FORMS": "0",
            "outputs-0-document": str(other_report.pk),
            "outputs-0-description": "Borrowed",
            "outputs-0-ORDER": "1",
            "outputs-0-DELETE": "",
            "outputs-0-id": "",
        }
    )
    response = lead_client.post(edit_url(lab_a), data)
    assert response.status_code == 200
    assert "You cannot choose this document" in response.content.decode()
    assert not latest(lab_a).outputs.exists()


def test_a_lead_cannot_use_an_image_they_may_not_choose(lead_client, lab_a, lab_b):
    image = factories.ImageFactory(collection=lab_b.collection)
    response = lead_client.post(
        edit_url(lab_a), lab_form(lead_client, lab_a, listing_image=image.pk)
    )
    assert response.status_code == 200
    assert latest(lab_a).listing_image_id is None


def test_a_lead_attaches_their_own_labs_report(lead_client, lab_a):
    report = factories.DocumentFactory(collection=lab_a.collection, title="Our report")
    response = lead_client.post(
        edit_url(lab_a), lab_form(lead_client, lab_a, final_report=report.pk)
    )
    assert response.status_code == 302
    assert latest(lab_a).final_report_id == report.pk


def test_what_comms_attached_is_kept_when_the_lead_saves(lead_client, lab_a, members_only_document):
    lab = PolicyLabPage.objects.get(pk=lab_a.pk)
    lab.final_report = members_only_document
    lab.save_revision().publish()
    response = lead_client.post(
        edit_url(lab_a), lab_form(lead_client, lab_a, summary="Updated by the lead.")
    )
    assert response.status_code == 302
    assert latest(lab_a).summary == "Updated by the lead."
    assert latest(lab_a).final_report_id == members_only_document.pk


@pytest.fixture
def about_page(home_page):
    return factories.StandardPageFactory(parent=home_page, title="About", slug="about")


@pytest.fixture
def page_editor_client(client, django_user_model, about_page):
    """Someone who may edit the about page and choose documents only from one collection."""
    group = Group.objects.create(name="About page editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "add_page"):
        GroupPagePermission.objects.create(
            group=group, page=about_page, permission=Permission.objects.get(codename=codename)
        )
    own = factories.root_collection().add_child(name="About page files")
    GroupCollectionPermission.objects.create(
        group=group, collection=own, permission=Permission.objects.get(codename="choose_document")
    )
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(group)
    client.force_login(editor)
    client.own_collection = own
    return client


def about_form(document, label="Read it"):
    return nested_form_data(
        {
            "title": "About",
            "slug": "about",
            "introduction": "",
            "body": streamfield([("document", {"document": document.pk, "label": label})]),
        }
    )


def test_a_streamfield_document_block_is_checked_too(
    page_editor_client, about_page, members_only_document
):
    response = page_editor_client.post(edit_url(about_page), about_form(members_only_document))
    assert response.status_code == 200
    assert "You cannot choose this document" in response.content.decode()
    body = Page.objects.get(pk=about_page.pk).specific.get_latest_revision_as_object().body
    assert all(block.block_type != "document" for block in body)


def test_a_streamfield_document_block_from_an_allowed_collection_saves(
    page_editor_client, about_page
):
    allowed = factories.DocumentFactory(collection=page_editor_client.own_collection)
    response = page_editor_client.post(edit_url(about_page), about_form(allowed))
    assert response.status_code == 302
    body = Page.objects.get(pk=about_page.pk).specific.get_latest_revision_as_object().body
    assert [block.value["document"].pk for block in body] == [allowed.pk]


def test_a_streamfield_document_already_there_is_kept(
    page_editor_client, about_page, members_only_document
):
    page = Page.objects.get(pk=about_page.pk).specific
    page.body = [("document", {"document": members_only_document, "label": "Briefing"})]
    page.save_revision().publish()
    response = page_editor_client.post(
        edit_url(about_page), about_form(members_only_document, label="The briefing")
    )
    assert response.status_code == 302
    body = Page.objects.get(pk=about_page.pk).specific.get_latest_revision_as_object().body
    assert body[0].value["label"] == "The briefing"


def test_a_rich_text_link_to_a_document_is_checked_too(lead_client, lab_a, members_only_document):
    link = f'<p>See <a linktype="document" id="{members_only_document.pk}">the briefing</a>.</p>'
    data = lab_form(lead_client, lab_a)
    data["aims_and_outcomes"] = rich_text(link, features=RICH_TEXT_FEATURES)
    response = lead_client.post(edit_url(lab_a), data)
    assert response.status_code == 200
    assert "You cannot choose this document" in response.content.decode()
    assert str(members_only_document.pk) not in latest(lab_a).aims_and_outcomes
