"""Anonymise declined applications kept longer than APPLICATION_RETENTION_DAYS (run daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from applications.retention import anonymise, due_for_anonymisation


class Command(BaseCommand):
    help = (
        "Remove the personal details of applications declined more than "
        "APPLICATION_RETENTION_DAYS days ago. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the applications that are due, changing nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        days = settings.APPLICATION_RETENTION_DAYS
        due = list(due_for_anonymisation(now, days))
        done = 0
        for application in due:
            if dry_run:
                self.stdout.write(f"Would anonymise {application.reference}")
            elif anonymise(application, now, days):
                done += 1
                self.stdout.write(f"Anonymised {application.reference}")
        if dry_run:
            self.stdout.write(
                f"{len(due)} declined application(s) older than {days} days would be "
                "anonymised (dry run: nothing changed)."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{done} declined application(s) older than {days} days anonymised."
                )
            )
