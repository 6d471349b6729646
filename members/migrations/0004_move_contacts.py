from django.db import migrations

from core.contact_migration import move_contacts_backward, move_contacts_forward


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_contacts_and_other_names"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            move_contacts_forward("members", "MemberPage", "MemberContact"),
            move_contacts_backward("members", "MemberPage", "MemberContact"),
        ),
    ]
