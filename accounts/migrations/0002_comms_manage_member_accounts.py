from django.db import migrations


def apply_roles(apps, schema_editor):
    from accounts.setup import setup_roles

    setup_roles(apps)


class Migration(migrations.Migration):
    # The comms team may now create and edit members' accounts (auth.user add and change).

    dependencies = [("accounts", "0001_roles_and_comms_approval")]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
