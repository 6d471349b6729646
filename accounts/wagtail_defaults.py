"""Wagtail's starter "Moderators" and "Editors" groups, removed where nothing relies on them.

Wagtail's first migrations make both groups, with page and collection permissions, and a
"Moderators approval" workflow on the tree's root whose one task only Moderators may approve. The
hub has its own roles and its own "Comms approval" workflow on the home page, so the starters only
sit beside them in the admin, inviting someone to put a person in the wrong group.

A group is removed only when nobody belongs to it and no view restriction names it. Wagtail's
default workflow goes with Moderators, but only when it is still as Wagtail made it (its one task,
assigned to the root page alone and to no content type) and no page is in the middle of it; it is
switched off rather than deleted, so the history of pages that went through it is kept. Anything
else is left alone and reported, so comms who use a starter group keep it.

Works with the live app registry (`setup_roles`) or a migration's historical one.
"""

WAGTAIL_STARTER_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
WAGTAIL_DEFAULT_TASK = "Moderators approval"
# Wagtail's workflow and task states that are still running.
RUNNING_STATES = ("in_progress", "needs_changes")


def _relied_on(apps, group):
    """Why the group must stay, or "" when nothing relies on it."""
    if group.user_set.exists():
        return "people belong to it"
    restrictions = ("wagtailcore.PageViewRestriction", "wagtailcore.CollectionViewRestriction")
    for label in restrictions:
        if apps.get_model(label).objects.filter(groups=group).exists():
            return "a view restriction lets it in"
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    for task in task_model.objects.filter(groups=group, active=True):
        if task.name != WAGTAIL_DEFAULT_TASK or task.groups.exclude(pk=group.pk).exists():
            return f"the approval task {task.name!r} uses it"
        if not _default_workflow_unchanged(apps, task):
            return f"the {WAGTAIL_DEFAULT_WORKFLOW!r} workflow has been changed or is in use"
    return ""


def _default_workflow_unchanged(apps, task):
    """Whether the task is only in Wagtail's default workflow, as Wagtail made it, with nothing
    running through it."""
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflows = workflow_task_model.objects.filter(task=task).values_list("workflow", flat=True)
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    if set(workflow_model.objects.filter(pk__in=workflows).values_list("name", flat=True)) - {
        WAGTAIL_DEFAULT_WORKFLOW
    }:
        return False
    for workflow in workflow_model.objects.filter(pk__in=workflows):
        if workflow_task_model.objects.filter(workflow=workflow).exclude(task=task).exists():
            return False
        pages = apps.get_model("wagtailcore", "WorkflowPage").objects.filter(workflow=workflow)
        if pages.exclude(page__depth=1).exists():
            return False
        if (
            apps.get_model("wagtailcore", "WorkflowContentType")
            .objects.filter(workflow=workflow)
            .exists()
        ):
            return False
        states = apps.get_model("wagtailcore", "WorkflowState").objects
        if states.filter(workflow=workflow, status__in=RUNNING_STATES).exists():
            return False
    return True


def _switch_off_default_workflow(apps, task):
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_ids = workflow_task_model.objects.filter(task=task).values_list("workflow", flat=True)
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(workflow__in=workflow_ids).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(pk__in=workflow_ids).update(
        active=False
    )
    task.active = False
    task.save(update_fields=["active"])


def remove_starter_groups(apps, report):
    """Remove Wagtail's starter groups that nothing relies on; say what was done or kept."""
    group_model = apps.get_model("auth", "Group")
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    for group in group_model.objects.filter(name__in=WAGTAIL_STARTER_GROUPS):
        reason = _relied_on(apps, group)
        if reason:
            report.append(f"Kept Wagtail's {group.name!r} group: {reason}.")
            continue
        for task in task_model.objects.filter(groups=group, active=True):
            _switch_off_default_workflow(apps, task)
            report.append(f"Switched off Wagtail's {WAGTAIL_DEFAULT_WORKFLOW!r} workflow.")
        group.delete()
        report.append(f"Removed Wagtail's unused {group.name!r} group.")
