from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0004_move_contacts"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='memberpage',
            name='contact_email',
        ),
        migrations.RemoveField(
            model_name='memberpage',
            name='contact_name',
        ),
        migrations.RemoveField(
            model_name='memberpage',
            name='contact_phone',
        ),
        migrations.RemoveField(
            model_name='memberpage',
            name='contact_role',
        ),
    ]
