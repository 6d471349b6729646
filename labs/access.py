"""Who may work on a policy lab: its document collection and its lead group.

Every lab has a collection (under the "Policy labs" collection) and a group of lab leads who may
edit that lab's page and upload into that collection, and nothing else. The lab page keeps the
links in its `collection` and `lead_group` fields, so renaming the lab renames them too.
"""

from typing import NamedTuple

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
)

from accounts.roles import COMMS_TEAM, LAB_LEADS_PREFIX

LABS_COLLECTION_NAME = "Policy labs"
GROUP_NAME_MAX_LENGTH = 150

# (app_label, codename): lab leads add and edit, never publish.
LEAD_PAGE_PERMISSIONS = (("wagtailcore", "add_page"), ("wagtailcore", "change_page"))
LEAD_COLLECTION_PERMISSIONS = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
)
LEAD_GLOBAL_PERMISSIONS = (("wagtailadmin", "access_admin"),)


class LabAccess(NamedTuple):
    collection: Collection
    lead_group: Group


def _permissions(pairs):
    permissions = []
    for app_label, codename in pairs:
        permissions.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def _as_lab(lab_page):
    from .models import PolicyLabPage

    lab = lab_page if isinstance(lab_page, PolicyLabPage) else lab_page.specific
    if not isinstance(lab, PolicyLabPage):
        raise TypeError(f"{lab_page!r} is not a policy lab page.")
    return lab


def labs_root_collection():
    """The "Policy labs" collection under the root, created on first use."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=LABS_COLLECTION_NAME).first()
    return existing or root.add_child(name=LABS_COLLECTION_NAME)


def lead_group_name(lab, group_id=None):
    name = f"{LAB_LEADS_PREFIX}{lab.title}"[:GROUP_NAME_MAX_LENGTH]
    if Group.objects.filter(name=name).exclude(pk=group_id).exists():
        # Two labs with the same title: the page id tells their groups apart.
        suffix = f" (lab {lab.pk})"
        name = name[: GROUP_NAME_MAX_LENGTH - len(suffix)] + suffix
    return name


def _lab_collection(lab, collection_id):
    collection = Collection.objects.filter(pk=collection_id).first() if collection_id else None
    if collection is None:
        return labs_root_collection().add_child(name=lab.title[:255])
    if collection.name != lab.title[:255]:
        collection.name = lab.title[:255]
        collection.save(update_fields=["name"])
    return collection


def _lead_group(lab, group_id):
    group = Group.objects.filter(pk=group_id).first() if group_id else None
    if group is None:
        return Group.objects.create(name=lead_group_name(lab))
    name = lead_group_name(lab, group.pk)
    if group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    return group


def _grant_lead_permissions(group, lab, collection):
    """Give the group exactly the lab lead's permissions, removing any others."""
    group.permissions.set(_permissions(LEAD_GLOBAL_PERMISSIONS))

    page_permissions = _permissions(LEAD_PAGE_PERMISSIONS)
    GroupPagePermission.objects.filter(group=group).exclude(
        page_id=lab.pk, permission__in=page_permissions
    ).delete()
    for permission in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=lab.pk, permission=permission
        )

    collection_permissions = _permissions(LEAD_COLLECTION_PERMISSIONS)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission__in=collection_permissions
    ).delete()
    for permission in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


@transaction.atomic
def provision_lab_access(lab_page):
    """Create (or bring up to date) the lab's collection and lead group. Safe to repeat."""
    from .models import PolicyLabPage

    lab = _as_lab(lab_page)
    stored = (
        PolicyLabPage.objects.filter(pk=lab.pk).values("collection_id", "lead_group_id").first()
        or {}
    )
    collection = _lab_collection(lab, stored.get("collection_id") or lab.collection_id)
    group = _lead_group(lab, stored.get("lead_group_id") or lab.lead_group_id)
    _grant_lead_permissions(group, lab, collection)

    PolicyLabPage.objects.filter(pk=lab.pk).update(collection=collection, lead_group=group)
    for page in {id(lab_page): lab_page, id(lab): lab}.values():
        page.collection = collection
        page.lead_group = group
    apply_document_privacy(lab)
    return LabAccess(collection, group)


def lab_access(lab_page):
    """The lab's access, provisioning it first if it is missing."""
    lab = _as_lab(lab_page)
    if lab.collection_id and lab.lead_group_id:
        return LabAccess(lab.collection, lab.lead_group)
    return provision_lab_access(lab)


def add_lab_lead(lab_page, user):
    access = lab_access(lab_page)
    user.groups.add(access.lead_group)
    return access


def remove_lab_lead(lab_page, user):
    access = lab_access(lab_page)
    user.groups.remove(access.lead_group)
    return access


def lab_leads(lab_page):
    from django.contrib.auth import get_user_model

    lab = _as_lab(lab_page)
    if not lab.lead_group_id:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(groups=lab.lead_group_id).order_by("email", "pk")


def _draft_restrictions(collection, group):
    # Ours are the group restrictions that name the lab's lead group; a restriction comms set
    # themselves (members-only, say) is left alone.
    return CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS, groups=group
    )


@transaction.atomic
def apply_document_privacy(lab_page):
    """Keep a lab's documents private (comms and its leads only) until the lab page is live."""
    lab = _as_lab(lab_page)
    if not (lab.collection_id and lab.lead_group_id):
        return
    restrictions = _draft_restrictions(lab.collection_id, lab.lead_group_id)
    if lab.live:
        restrictions.delete()
        return
    restriction = restrictions.first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection_id=lab.collection_id, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.set(
        [lab.lead_group_id, *Group.objects.filter(name=COMMS_TEAM).values_list("pk", flat=True)]
    )
