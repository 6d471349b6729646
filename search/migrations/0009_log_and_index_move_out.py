"""The query log and the suggested searches now belong to the searchlog app, and the index's
tables to the searchindex app: each took over its tables as they are (see their migrations
0001_initial)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0008_vocabulary"),
        ("searchlog", "0001_initial"),
        ("searchindex", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SearchQueryDay"),
                migrations.DeleteModel(name="SearchVisitorDay"),
                migrations.DeleteModel(name="SuggestedSearch"),
                migrations.DeleteModel(name="IndexedValue"),
                migrations.DeleteModel(name="IndexedItem"),
            ],
            database_operations=[],
        ),
    ]
