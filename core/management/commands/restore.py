"""Restore the database and uploaded files from an archive made by `backup`."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import archive
from core.backup.manifest import BackupError


class Command(BaseCommand):
    help = (
        "Replace the site's database and uploaded files with a backup's. The archive is unpacked "
        "and every file checked first; nothing changes unless all of it is sound."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive written by `manage.py backup`.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Go ahead even though the site already has content (it is all replaced).",
        )
        parser.add_argument(
            "--database-only",
            action="store_true",
            help="Restore the database and leave the files as they are.",
        )

    def handle(self, *args, path, yes=False, database_only=False, **options):
        try:
            archive.restore(path, yes=yes, database_only=database_only, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        self.stdout.write(self.style.SUCCESS("Restore complete."))
