from django.db import migrations


def remove_starter_groups(apps, schema_editor):
    from accounts.wagtail_defaults import remove_starter_groups

    remove_starter_groups(apps, [])


class Migration(migrations.Migration):
    # Wagtail's "Moderators" and "Editors" groups, and its default workflow, where unused.

    dependencies = [
        ("accounts", "0002_comms_manage_member_accounts"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(remove_starter_groups, migrations.RunPython.noop)]
