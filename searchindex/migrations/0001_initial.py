"""The search index's tables move here from the search app. They keep their names (db_table),
so no row moves and the database's full-text index over them (search/0006, 0007) stays as it
is: only Django's record of which app owns them changes, with their content types."""

import django.db.models.deletion
from django.db import migrations, models

MODELS = ("indexeditem", "indexedvalue")


def content_types_to(app_label, from_label):
    def move(apps, schema_editor):
        content_type = apps.get_model("contenttypes", "ContentType")
        content_type.objects.filter(app_label=from_label, model__in=MODELS).update(
            app_label=app_label
        )

    return move


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("search", "0008_vocabulary"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(
            content_types_to("searchindex", "search"), content_types_to("search", "searchindex")
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="IndexedItem",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("kind", models.CharField(max_length=8)),
                        ("object_id", models.PositiveIntegerField()),
                        ("type", models.CharField(max_length=20)),
                        ("title", models.TextField()),
                        ("summary", models.TextField(blank=True)),
                        ("body", models.TextField(blank=True)),
                        ("date", models.DateTimeField(null=True)),
                        ("year", models.PositiveSmallIntegerField(null=True)),
                        ("path", models.CharField(blank=True, max_length=255)),
                        ("collection_id", models.PositiveIntegerField(null=True)),
                        ("publishers", models.JSONField(default=list)),
                        ("extra", models.JSONField(default=dict)),
                    ],
                    options={
                        "db_table": "search_indexeditem",
                        "indexes": [models.Index(fields=["path"], name="search_item_path")],
                        "constraints": [models.UniqueConstraint(fields=("kind", "object_id"), name="search_item_unique")],
                    },
                ),
                migrations.CreateModel(
                    name="IndexedValue",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("facet", models.CharField(max_length=10)),
                        ("value", models.CharField(max_length=20)),
                        ("item", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="values", to="searchindex.indexeditem")),
                    ],
                    options={
                        "db_table": "search_indexedvalue",
                        "indexes": [models.Index(fields=["facet", "value", "item"], name="search_value_facet")],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
