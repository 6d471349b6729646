"""The query log and the suggested searches move here from the search app. Their tables keep
their names (db_table), so no row moves: only Django's record of which app owns them changes,
with their content types, so the permissions groups hold on them are kept."""

from django.db import migrations, models

MODELS = ("searchqueryday", "searchvisitorday", "suggestedsearch")


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
            content_types_to("searchlog", "search"), content_types_to("search", "searchlog")
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchQueryDay",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("query", models.CharField(max_length=255)),
                        ("date", models.DateField(db_index=True)),
                        ("searches", models.PositiveIntegerField(default=0)),
                        ("zero_result_searches", models.PositiveIntegerField(default=0)),
                        ("last_result_count", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "verbose_name": "search query log entry",
                        "verbose_name_plural": "search query log",
                        "db_table": "search_searchqueryday",
                        "ordering": ["-date", "query"],
                        "constraints": [models.UniqueConstraint(fields=("query", "date"), name="search_query_day_unique")],
                    },
                ),
                migrations.CreateModel(
                    name="SearchVisitorDay",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("query", models.CharField(max_length=255)),
                        ("date", models.DateField(db_index=True)),
                        ("visitor", models.CharField(max_length=64)),
                        ("found_public", models.BooleanField(default=False, help_text="Whether the search found anything an anonymous visitor may see.")),
                    ],
                    options={
                        "verbose_name": "search visitor",
                        "verbose_name_plural": "search visitors",
                        "db_table": "search_searchvisitorday",
                        "constraints": [models.UniqueConstraint(fields=("query", "date", "visitor"), name="search_visitor_day_unique")],
                    },
                ),
                migrations.CreateModel(
                    name="SuggestedSearch",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("query", models.CharField(help_text="What to search for, as a visitor would type it, e.g. 'community energy'.", max_length=100, unique=True)),
                        ("sort_order", models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")),
                    ],
                    options={
                        "verbose_name": "suggested search",
                        "verbose_name_plural": "suggested searches",
                        "db_table": "search_suggestedsearch",
                        "ordering": ["sort_order", "query"],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
