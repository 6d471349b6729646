# Documents move out of MEDIA_ROOT (publicly served) into their own storage (DOCUMENTS_ROOT or a
# private bucket); files an existing site already holds are moved across.

import documents.storage
from django.db import migrations, models


def move_existing_files(apps, schema_editor):
    HubDocument = apps.get_model("documents", "HubDocument")
    names = HubDocument.objects.using(schema_editor.connection.alias).values_list(
        "file", flat=True
    )
    moved, _missing = documents.storage.move_into_document_storage(list(names))
    if moved:
        print(f"\n  Moved {len(moved)} document file(s) into the private documents storage.")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0002_extracted_text"),
    ]

    operations = [
        migrations.AlterField(
            model_name="hubdocument",
            name="file",
            field=models.FileField(
                storage=documents.storage.document_storage,
                upload_to="documents",
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_existing_files, migrations.RunPython.noop, elidable=True),
    ]
