"""Back up the database and every uploaded file into one archive."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import archive
from core.backup.manifest import BackupError


class Command(BaseCommand):
    help = (
        "Write the database and every uploaded file to one .tar.gz archive with a manifest "
        "(sizes and SHA-256 of every file). Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="The archive to write, or a folder to write it in "
            "(default: ccin-hub-backup-<date>-<time>.tar.gz here).",
        )
        parser.add_argument(
            "--database-only",
            action="store_true",
            help="Leave the files out (when they live in an S3 bucket, whose versioning and "
            "replication are their backup).",
        )

    def handle(self, *args, output=None, database_only=False, **options):
        try:
            path, _ = archive.create(output, database_only=database_only, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
