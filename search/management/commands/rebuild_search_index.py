from django.core.management.base import BaseCommand

from search.engines import engine_name
from searchindex import indexing


class Command(BaseCommand):
    help = (
        "Index every live searchable page and every document again, from the database "
        "(after a restore, an engine change or a bulk import that bypassed signals)."
    )

    def handle(self, *args, **options):
        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} items for the {engine_name()} search engine.")
