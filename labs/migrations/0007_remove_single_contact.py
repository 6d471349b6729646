from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("labs", "0006_move_contacts"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='policylabpage',
            name='contact_email',
        ),
        migrations.RemoveField(
            model_name='policylabpage',
            name='contact_name',
        ),
        migrations.RemoveField(
            model_name='policylabpage',
            name='contact_phone',
        ),
        migrations.RemoveField(
            model_name='policylabpage',
            name='contact_role',
        ),
    ]
