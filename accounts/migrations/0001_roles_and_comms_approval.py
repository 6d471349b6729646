from django.db import migrations


def create_roles(apps, schema_editor):
    from accounts.setup import setup_roles

    setup_roles(apps)


class Migration(migrations.Migration):
    # The roles' groups and permissions, and the "Comms approval" workflow on the home page.
    # Models that arrive later (search synonyms, funding applications) are granted by
    # `manage.py setup_roles`, which is safe to run at any time.

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("core", "0002_seed_taxonomy"),
        ("members", "0001_initial"),
        ("home", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
