from django.db import migrations

SEED = [
    ("broadband, full fibre, fibre broadband", "Digital connectivity"),
    ("co-op, co-operative, cooperative, mutual", "Forms of co-operative organisation"),
    ("VCSE, VCFSE, voluntary sector, third sector", "The voluntary and community sector"),
    ("community wealth building, CWB", "A common abbreviation"),
    ("participatory budgeting, PB", "A common abbreviation"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in SEED:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


def unseed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(terms__in=[terms for terms, _ in SEED]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
