from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0005_move_contacts"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='casestudypage',
            name='contact_email',
        ),
        migrations.RemoveField(
            model_name='casestudypage',
            name='contact_name',
        ),
        migrations.RemoveField(
            model_name='casestudypage',
            name='contact_phone',
        ),
        migrations.RemoveField(
            model_name='casestudypage',
            name='contact_role',
        ),
    ]
