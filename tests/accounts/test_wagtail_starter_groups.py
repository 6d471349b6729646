"""Wagtail's starter "Moderators" and "Editors" groups are removed where nothing relies on them."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import COMMS_APPROVAL_WORKFLOW, COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS
from accounts.wagtail_defaults import remove_starter_groups
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def remove():
    report = []
    remove_starter_groups(apps, report)
    return report


def wagtail_default_workflow(group):
    """Wagtail's default workflow, as its migrations make it: one task, on the root page."""
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([group])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=Page.get_first_root_node())
    return workflow, task


def test_a_migrated_site_has_only_the_hubs_roles(home_page):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Moderators", "Editors"}.isdisjoint(names)
    assert {COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS} <= names
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert Workflow.objects.get(name=COMMS_APPROVAL_WORKFLOW).active
    assert home_page.get_workflow().name == COMMS_APPROVAL_WORKFLOW


def test_unused_starter_groups_and_the_default_workflow_go():
    moderators = Group.objects.create(name="Moderators")
    Group.objects.create(name="Editors")
    workflow, task = wagtail_default_workflow(moderators)
    report = remove()
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    workflow.refresh_from_db()
    task.refresh_from_db()
    assert not workflow.active and not task.active
    assert not WorkflowPage.objects.filter(workflow=workflow).exists()
    assert "Removed Wagtail's unused 'Moderators' group." in report


def test_a_starter_group_someone_belongs_to_is_kept(django_user_model):
    editors = Group.objects.create(name="Editors")
    django_user_model.objects.create_user("sam").groups.add(editors)
    assert remove() == ["Kept Wagtail's 'Editors' group: people belong to it."]
    assert Group.objects.filter(name="Editors").exists()


def test_a_starter_group_a_restriction_lets_in_is_kept(home_page):
    editors = Group.objects.create(name="Editors")
    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([editors])
    remove()
    assert Group.objects.filter(name="Editors").exists()


def test_moderators_stay_while_their_workflow_is_used_elsewhere(home_page):
    moderators = Group.objects.create(name="Moderators")
    workflow, task = wagtail_default_workflow(moderators)
    WorkflowPage.objects.create(workflow=workflow, page=StandardPageFactory(parent=home_page))
    report = remove()
    assert Group.objects.filter(name="Moderators").exists()
    workflow.refresh_from_db()
    assert workflow.active
    assert "has been changed or is in use" in report[0]


def test_another_task_for_moderators_keeps_them():
    moderators = Group.objects.create(name="Moderators")
    GroupApprovalTask.objects.create(name="Legal check").groups.set([moderators])
    assert remove() == [
        "Kept Wagtail's 'Moderators' group: the approval task 'Legal check' uses it."
    ]
