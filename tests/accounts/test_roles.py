"""The roles the migrations create, and what each may do."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
)

from accounts.roles import COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS
from accounts.setup import COMMS_PERMISSIONS_HOOK, declared_comms_permissions


def codenames(group):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


def test_the_migration_creates_the_three_roles(db):
    for name in (COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS):
        assert Group.objects.filter(name=name).exists()


def test_comms_team_permissions(home_page):
    comms = Group.objects.get(name=COMMS_TEAM)
    granted = codenames(comms)
    expected = {
        "wagtailadmin.access_admin",
        "core.add_principle",
        "core.change_theme",
        "core.delete_region",
        "core.change_sitechrome",
        "members.add_partnerorganisation",
        "members.change_partnerorganisation",
        "wagtailredirects.add_redirect",
    }
    assert expected <= granted
    # Members' accounts, but never deleting accounts or changing groups and their permissions.
    assert {name for name in granted if name.startswith("auth.")} == {
        "auth.add_user",
        "auth.change_user",
    }

    page_permissions = {
        p.permission.codename for p in GroupPagePermission.objects.filter(group=comms)
    }
    assert page_permissions == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    }
    assert set(
        GroupPagePermission.objects.filter(group=comms).values_list("page_id", flat=True)
    ) == {home_page.pk}

    root = Collection.get_first_root_node()
    collection_permissions = {
        f"{p.permission.content_type.app_label}.{p.permission.codename}"
        for p in GroupCollectionPermission.objects.filter(group=comms, collection=root)
    }
    assert {
        "wagtaildocs.add_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
        "wagtailimages.change_image",
        "wagtailcore.add_collection",
    } <= collection_permissions


def test_members_have_no_permissions(db):
    members = Group.objects.get(name=MEMBERS)
    assert members.permissions.count() == 0
    assert not GroupPagePermission.objects.filter(group=members).exists()
    assert not GroupCollectionPermission.objects.filter(group=members).exists()


def test_site_administrators_manage_users_groups_sites_and_workflows(db):
    granted = codenames(Group.objects.get(name=SITE_ADMINISTRATORS))
    assert {
        "wagtailadmin.access_admin",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.change_group",
        "wagtailcore.change_site",
        "wagtailcore.add_workflow",
        "wagtailcore.change_task",
    } <= granted


def test_comms_approval_workflow_is_on_the_home_page(home_page):
    workflow = Workflow.objects.get(name="Comms approval")
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert list(tasks[0].groups.values_list("name", flat=True)) == [COMMS_TEAM]
    assert home_page.get_workflow() == workflow


def test_setup_roles_is_idempotent_and_restores_missing_permissions(db):
    comms = Group.objects.get(name=COMMS_TEAM)
    before = codenames(comms)
    comms.permissions.remove(Permission.objects.get(codename="change_theme"))

    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert codenames(comms) == before | codenames(comms)
    assert "core.change_theme" in codenames(comms)
    assert Group.objects.filter(name=COMMS_TEAM).count() == 1
    assert Workflow.objects.filter(name="Comms approval").count() == 1
    assert GroupApprovalTask.objects.filter(name="Comms team approval").count() == 1
    assert GroupPagePermission.objects.filter(group=comms).count() == 6


def test_setup_roles_grants_models_that_arrived_later(db):
    from django.apps import apps

    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
    granted = codenames(Group.objects.get(name=COMMS_TEAM))
    if apps.is_installed("applications"):
        assert {
            "applications.view_application",
            "applications.change_application",
            "applications.add_fundinground",
            "applications.delete_fundinground",
        } <= granted
    try:
        apps.get_model("search", "Synonym")
    except LookupError:
        return
    assert "search.change_synonym" in granted


def declared_names():
    return {
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label, actions in declared_comms_permissions().items()
        for action in actions
    }


def test_each_app_declares_what_comms_may_do_with_its_models(db):
    declared = declared_comms_permissions()
    for label in (
        "members.partnerorganisation",
        "search.synonym",
        "searchlog.suggestedsearch",
        "applications.fundinground",
        "applications.application",
    ):
        assert set(declared[label]) == {"add", "change", "delete", "view"}


def test_the_migrations_grant_comms_what_each_app_declares(db):
    assert declared_names() <= codenames(Group.objects.get(name=COMMS_TEAM))


def test_setup_roles_restores_what_an_app_declares(db):
    comms = Group.objects.get(name=COMMS_TEAM)
    comms.permissions.remove(
        *Permission.objects.filter(codename__in=["change_partnerorganisation", "view_synonym"])
    )

    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert declared_names() <= codenames(comms)


def test_setup_roles_grants_what_a_hook_declares(db):
    comms = Group.objects.get(name=COMMS_TEAM)
    assert "searchlog.view_searchqueryday" not in codenames(comms)

    def declare():
        return {"searchlog.searchqueryday": ("view",)}

    with hooks.register_temporarily(COMMS_PERMISSIONS_HOOK, declare):
        call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert "searchlog.view_searchqueryday" in codenames(comms)


@pytest.mark.parametrize(
    "url_name",
    ["wagtailsnippets_core_theme:list", "wagtailsettings:edit", "wagtaildocs:add"],
)
def test_comms_can_reach_taxonomy_settings_and_documents(comms_client, url_name):
    if url_name == "wagtailsettings:edit":
        url = reverse(url_name, args=["core", "sitechrome"])
    else:
        url = reverse(url_name)
    assert comms_client.get(url, follow=True).status_code == 200


def test_comms_cannot_manage_groups(comms_client):
    assert comms_client.get(reverse("wagtailusers_groups:index")).status_code in (302, 403)


def test_comms_can_publish_any_page(comms_user, home_page, lab_index):
    for page in (home_page, lab_index):
        permissions = page.permissions_for_user(comms_user)
        assert permissions.can_publish()
        assert permissions.can_edit()


def test_site_administrator_can_manage_users(client, django_user_model):
    user = django_user_model.objects.create_user("admin2", "a2@example.org", "pw")
    user.groups.add(Group.objects.get(name=SITE_ADMINISTRATORS))
    client.force_login(user)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200
    assert client.get(reverse("wagtailusers_groups:index")).status_code == 200
    assert client.get(reverse("wagtailsites:index")).status_code == 200
    assert client.get(reverse("wagtailadmin_workflows:index")).status_code == 200
