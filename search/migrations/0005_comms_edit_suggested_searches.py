from django.db import migrations


def apply_roles(apps, schema_editor):
    from accounts.setup import setup_roles

    setup_roles(apps)


class Migration(migrations.Migration):
    # The comms team edit the suggested searches (accounts.setup grants them when they exist).

    dependencies = [
        ("search", "0004_visitors_and_suggested_searches"),
        ("accounts", "0002_comms_manage_member_accounts"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
