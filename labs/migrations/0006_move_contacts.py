from django.db import migrations

from core.contact_migration import move_contacts_backward, move_contacts_forward


class Migration(migrations.Migration):
    dependencies = [
        ("labs", "0005_contacts"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            move_contacts_forward("labs", "PolicyLabPage", "PolicyLabContact"),
            move_contacts_backward("labs", "PolicyLabPage", "PolicyLabContact"),
        ),
    ]
