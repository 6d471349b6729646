from django.db import migrations


def apply_roles(apps, schema_editor):
    from accounts.setup import setup_roles

    setup_roles(apps)


class Migration(migrations.Migration):
    # The comms team edit the suggested searches (accounts.setup grants them when they exist).
    # After search/0009, so that the search app no longer claims the model: permission rows are
    # made for the model's one owner.

    dependencies = [
        ("searchlog", "0001_initial"),
        ("search", "0009_log_and_index_move_out"),
        ("accounts", "0003_remove_wagtail_starter_groups"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
