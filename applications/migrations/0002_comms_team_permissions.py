from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMS_TEAM = "Comms team"  # accounts.roles.COMMS_TEAM, frozen here as migrations must be


def grant_comms_team(apps, schema_editor):
    """The comms team manage rounds and applications: every permission on this app's models."""
    group = apps.get_model("auth", "Group").objects.filter(name=COMMS_TEAM).first()
    if group is None:
        return
    # Permissions are normally created after `migrate` finishes; this needs them now.
    app_config = apps.get_app_config("applications")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    try:
        create_permissions(app_config, apps=apps, verbosity=0)
    finally:
        app_config.models_module = models_module
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="applications"
    )
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0001_initial"),
        ("accounts", "0001_roles_and_comms_approval"),
    ]

    operations = [migrations.RunPython(grant_comms_team, migrations.RunPython.noop)]
