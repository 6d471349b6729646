from django.core.management.base import BaseCommand

from search import indexing
from search.engines import engine_name


class Command(BaseCommand):
    help = (
        "Index every live searchable page and every document again, from the database "
        "(after a restore, an engine change or a bulk import that bypassed signals)."
    )

    def handle(self, *args, **options):
        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} items for the {engine_name()} search engine.")
