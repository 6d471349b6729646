"""Move document files from the public media storage into the private documents storage.

The migration that introduced the documents storage runs this once; run it again after
pointing the storages somewhere new (e.g. from one bucket to a separate documents bucket, with
the old location configured as the default storage). Safe to run again.
"""

from django.core.management.base import BaseCommand

from documents.models import HubDocument
from documents.storage import move_into_document_storage


class Command(BaseCommand):
    help = "Move documents' files out of MEDIA_ROOT (or the media bucket) into their own storage."

    def handle(self, *args, **options):
        names = list(HubDocument.objects.order_by("pk").values_list("file", flat=True))
        moved, missing = move_into_document_storage(names)
        for name in missing:
            self.stderr.write(f"Missing from both storages: {name}")
        self.stdout.write(
            f"Moved {len(moved)} file(s); {len(names) - len(moved) - len(missing)} already in "
            f"place; {len(missing)} missing."
        )
