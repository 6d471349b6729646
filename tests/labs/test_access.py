import pytest
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
)

from labs.access import (
    LABS_COLLECTION_NAME,
    add_lab_lead,
    lab_leads,
    provision_lab_access,
    remove_lab_lead,
)
from labs.models import PolicyLabPage
from tests import factories


@pytest.fixture
def lab(lab_index, member):
    return factories.PolicyLabPageFactory(
        parent=lab_index, title="Food justice lab", lead_member=member
    )


def test_creating_a_lab_provisions_its_collection_and_lead_group(lab):
    lab.refresh_from_db()
    assert lab.collection.name == "Food justice lab"
    assert lab.collection.get_parent().name == LABS_COLLECTION_NAME
    assert lab.collection.get_parent().get_parent() == Collection.get_first_root_node()
    assert lab.lead_group.name == "Lab leads: Food justice lab"


def test_lead_group_has_exactly_the_lab_lead_permissions(lab):
    lab.refresh_from_db()
    group = lab.lead_group
    assert {p.codename for p in group.permissions.all()} == {"access_admin"}
    page_perms = GroupPagePermission.objects.filter(group=group)
    assert {(p.page_id, p.permission.codename) for p in page_perms} == {
        (lab.pk, "add_page"),
        (lab.pk, "change_page"),
    }
    collection_perms = GroupCollectionPermission.objects.filter(group=group)
    assert {
        (p.collection_id, p.permission.content_type.app_label, p.permission.codename)
        for p in collection_perms
    } == {
        (lab.collection_id, "wagtaildocs", "add_document"),
        (lab.collection_id, "wagtaildocs", "change_document"),
        (lab.collection_id, "wagtaildocs", "choose_document"),
        (lab.collection_id, "wagtailimages", "add_image"),
        (lab.collection_id, "wagtailimages", "choose_image"),
    }


def test_provisioning_is_idempotent_and_follows_renames(lab):
    lab.refresh_from_db()
    first = provision_lab_access(lab)
    lab.title = "Food justice policy lab"
    lab.save_revision().publish()
    second = provision_lab_access(PolicyLabPage.objects.get(pk=lab.pk))
    assert second.collection.pk == first.collection.pk
    assert second.lead_group.pk == first.lead_group.pk
    assert second.collection.name == "Food justice policy lab"
    assert second.lead_group.name == "Lab leads: Food justice policy lab"
    assert Group.objects.filter(name__startswith="Lab leads:").count() == 1
    assert Collection.objects.filter(name__startswith="Food justice").count() == 1
    assert GroupPagePermission.objects.filter(group=second.lead_group).count() == 2


def test_publishing_an_old_revision_keeps_the_access_links(lab):
    old_revision = lab.save_revision()
    lab.refresh_from_db()
    collection_id, group_id = lab.collection_id, lab.lead_group_id
    PolicyLabPage.objects.filter(pk=lab.pk).update(collection=None, lead_group=None)
    provision = provision_lab_access(PolicyLabPage.objects.get(pk=lab.pk))
    old_revision.refresh_from_db()
    old_revision.publish()
    lab.refresh_from_db()
    assert lab.collection_id == provision.collection.pk
    assert lab.lead_group_id == provision.lead_group.pk
    assert (collection_id, group_id) != (None, None)


def test_labs_with_the_same_title_get_separate_groups(lab_index, member):
    first = factories.PolicyLabPageFactory(
        parent=lab_index, title="Energy lab", slug="energy-1", lead_member=member
    )
    second = factories.PolicyLabPageFactory(
        parent=lab_index, title="Energy lab", slug="energy-2", lead_member=member
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.lead_group_id != second.lead_group_id
    assert first.collection_id != second.collection_id
    assert second.lead_group.name == f"Lab leads: Energy lab (lab {second.pk})"


def test_copying_a_lab_gives_the_copy_its_own_access(lab, lab_index):
    copy = lab.copy(update_attrs={"title": "Copied lab", "slug": "copied-lab"})
    copy = PolicyLabPage.objects.get(pk=copy.pk)
    lab.refresh_from_db()
    assert copy.collection_id and copy.collection_id != lab.collection_id
    assert copy.lead_group_id and copy.lead_group_id != lab.lead_group_id


def test_add_and_remove_lab_lead(lab, django_user_model):
    user = django_user_model.objects.create_user("lead", "lead@example.org", "pw")
    add_lab_lead(lab, user)
    assert list(lab_leads(lab)) == [user]
    remove_lab_lead(lab, user)
    assert list(lab_leads(lab)) == []


def test_deleting_a_lab_removes_its_lead_group(lab):
    lab.refresh_from_db()
    group_id = lab.lead_group_id
    lab.delete()
    assert not Group.objects.filter(pk=group_id).exists()


def test_draft_lab_documents_are_restricted_until_published(lab_index, member):
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Draft lab", live=False, lead_member=member
    )
    lab.refresh_from_db()
    restriction = CollectionViewRestriction.objects.get(collection=lab.collection)
    assert lab.lead_group in restriction.groups.all()
    lab.save_revision().publish()
    assert not CollectionViewRestriction.objects.filter(collection=lab.collection).exists()
    lab.refresh_from_db()
    lab.unpublish()
    assert CollectionViewRestriction.objects.filter(collection=lab.collection).exists()
