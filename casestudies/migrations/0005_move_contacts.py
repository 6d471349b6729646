from django.db import migrations

from core.contact_migration import move_contacts_backward, move_contacts_forward


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0004_contacts"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            move_contacts_forward("casestudies", "CaseStudyPage", "CaseStudyContact"),
            move_contacts_backward("casestudies", "CaseStudyPage", "CaseStudyContact"),
        ),
    ]
