"""Create the hub's roles (groups), their permissions and the "Comms approval" workflow.

`setup_roles(apps)` works against either the live app registry (the `setup_roles` command) or a
migration's historical one (accounts' data migration), so it only uses plain model managers.
It is safe to run again: it adds what is missing and never removes anything comms added. It also
removes Wagtail's starter "Moderators" and "Editors" groups when nothing relies on them
(`wagtail_defaults`).
Lab lead groups are made per lab by `labs.access`, not here.

Comms manage models of apps above this one in the import order (partner organisations, funding
applications, search synonyms, suggested searches). Each such app declares what comms may do
with its own models through the `register_comms_permissions` hook, in its `wagtail_hooks.py`:

    @hooks.register("register_comms_permissions")
    def comms_permissions():
        return {"members.partnerorganisation": EDIT}  # model label -> actions

`setup_roles` grants what every hook declares, for the models that exist in `apps` (in a
migration, a model whose app has not migrated yet is granted by that app's later migration
running `setup_roles`, or by the command).
"""

from django.contrib.auth.management import create_permissions
from wagtail import hooks

from .roles import (
    COMMS_APPROVAL_TASK,
    COMMS_APPROVAL_WORKFLOW,
    COMMS_TEAM,
    MEMBERS,
    SITE_ADMINISTRATORS,
)
from .wagtail_defaults import remove_starter_groups

ACCESS_ADMIN = "wagtailadmin.access_admin"
EDIT = ("add", "change", "delete", "view")

# Page permissions on the site's home page, so on every page of the site.
COMMS_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")

# Permissions on the root collection, so on every collection.
COMMS_COLLECTION_PERMISSIONS = (
    *(f"wagtaildocs.{action}_document" for action in ("add", "change", "delete", "choose")),
    *(f"wagtailimages.{action}_image" for action in ("add", "change", "delete", "choose")),
    *(f"wagtailcore.{action}_collection" for action in ("add", "change", "delete")),
)

COMMS_PERMISSIONS_HOOK = "register_comms_permissions"

# model label -> actions, for the models of apps below this one (the others declare their own
# through COMMS_PERMISSIONS_HOOK). They must exist when the roles are first created.
COMMS_MODEL_PERMISSIONS = {
    # Members' accounts; accounts/users.py keeps administrators' accounts and roles out of reach.
    "auth.user": ("add", "change"),
    "core.principle": EDIT,
    "core.theme": EDIT,
    "core.region": EDIT,
    "core.sitechrome": ("change",),
    "wagtailredirects.redirect": EDIT,
    "wagtailsearchpromotions.query": EDIT,
}

SITE_ADMINISTRATOR_MODEL_PERMISSIONS = {
    "auth.user": EDIT,
    "auth.group": EDIT,
    "wagtailcore.site": EDIT,
    "wagtailcore.workflow": EDIT,
    "wagtailcore.task": EDIT,
}


def _ensure_permission_rows(apps):
    """Permissions are normally made after `migrate`; a data migration needs them now."""
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def _model_exists(apps, label):
    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True


def _permission(apps, name):
    """`app_label.codename` -> Permission, or None when it does not exist."""
    permission_model = apps.get_model("auth", "Permission")
    app_label, codename = name.split(".", 1)
    return permission_model.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()


def _model_permission_names(model_permissions):
    for label, actions in model_permissions.items():
        app_label, model_name = label.split(".")
        for action in actions:
            yield f"{app_label}.{action}_{model_name}"


def _required(apps, names):
    permissions = []
    for name in names:
        permission = _permission(apps, name)
        if permission is None:
            raise LookupError(f"The permission {name} does not exist.")
        permissions.append(permission)
    return permissions


def declared_comms_permissions():
    """model label -> actions, as the apps declare them through COMMS_PERMISSIONS_HOOK."""
    declared = {}
    for declare in hooks.get_hooks(COMMS_PERMISSIONS_HOOK):
        for label, actions in declare().items():
            declared[label.lower()] = (*declared.get(label.lower(), ()), *actions)
    return declared


def _declared_permissions(apps):
    """What the apps declare, for their models that exist in `apps`."""
    present = {
        label: actions
        for label, actions in declared_comms_permissions().items()
        if _model_exists(apps, label)
    }
    return _required(apps, _model_permission_names(present))


def _home_page_id(apps):
    site_model = apps.get_model("wagtailcore", "Site")
    site = site_model.objects.filter(is_default_site=True).first() or site_model.objects.first()
    return site.root_page_id if site else None


def _root_collection(apps):
    return apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).first()


def _setup_comms(apps, group, report):
    group.permissions.add(
        *_required(apps, [ACCESS_ADMIN, *_model_permission_names(COMMS_MODEL_PERMISSIONS)]),
        *_declared_permissions(apps),
    )

    home_id = _home_page_id(apps)
    if home_id is None:
        report.append("No site yet: page permissions and the workflow were not assigned.")
    else:
        page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
        for action in COMMS_PAGE_PERMISSIONS:
            page_permission_model.objects.get_or_create(
                group=group,
                page_id=home_id,
                permission=_required(apps, [f"wagtailcore.{action}_page"])[0],
            )

    root = _root_collection(apps)
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for permission in _required(apps, COMMS_COLLECTION_PERMISSIONS):
        collection_permission_model.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    return home_id


def _setup_workflow(apps, comms, home_id, report):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")

    task = task_model.objects.filter(name=COMMS_APPROVAL_TASK).first()
    if task is None:
        content_type, _ = content_type_model.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = task_model.objects.create(
            name=COMMS_APPROVAL_TASK, content_type=content_type, active=True
        )
    task.groups.add(comms)

    workflow, _ = workflow_model.objects.get_or_create(
        name=COMMS_APPROVAL_WORKFLOW, defaults={"active": True}
    )
    if not workflow_task_model.objects.filter(workflow=workflow, task=task).exists():
        workflow_task_model.objects.create(
            workflow=workflow,
            task=task,
            sort_order=workflow_task_model.objects.filter(workflow=workflow).count(),
        )
    if home_id is not None:
        workflow_page_model.objects.update_or_create(
            page_id=home_id, defaults={"workflow": workflow}
        )
        report.append(f"The {COMMS_APPROVAL_WORKFLOW!r} workflow covers every page of the site.")
    return workflow


def setup_roles(apps):
    """Create or complete the roles; returns a list of lines describing what was done."""
    _ensure_permission_rows(apps)
    group_model = apps.get_model("auth", "Group")
    report = []

    comms, _ = group_model.objects.get_or_create(name=COMMS_TEAM)
    home_id = _setup_comms(apps, comms, report)
    _setup_workflow(apps, comms, home_id, report)
    report.append(f"{COMMS_TEAM}: {comms.permissions.count()} model permissions.")

    group_model.objects.get_or_create(name=MEMBERS)
    report.append(f"{MEMBERS}: no admin access; used for members-only pages and collections.")

    admins, _ = group_model.objects.get_or_create(name=SITE_ADMINISTRATORS)
    admins.permissions.add(
        *_required(
            apps,
            [ACCESS_ADMIN, *_model_permission_names(SITE_ADMINISTRATOR_MODEL_PERMISSIONS)],
        )
    )
    report.append(f"{SITE_ADMINISTRATORS}: {admins.permissions.count()} model permissions.")
    remove_starter_groups(apps, report)
    return report
