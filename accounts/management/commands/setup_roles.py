from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.setup import setup_roles


class Command(BaseCommand):
    help = (
        "Create or complete the Comms team, Members and Site administrators groups, their "
        "permissions and the Comms approval workflow. Safe to run again; run it after "
        "installing an app whose models comms manage (for example funding applications)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            report = setup_roles(apps)
        for line in report:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Roles are set up."))
