import time

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loader.build import DemoSiteBuilder
from demo.loader.indexing import deferred_index_updates


class Command(BaseCommand):
    help = (
        "Build the CCIN Hub's demo site from the network's real members, labs, toolkits and "
        "case studies. Safe to run again: it only adds what is missing and never changes pages "
        "that already exist."
    )

    def handle(self, *args, **options):
        started, cpu_started = time.monotonic(), time.process_time()
        with transaction.atomic(), deferred_index_updates() as index_updates:
            tally = DemoSiteBuilder().build()
            index_updates.flush()
        elapsed, cpu = time.monotonic() - started, time.process_time() - cpu_started
        if options["verbosity"] >= 1:
            for line in tally.lines():
                self.stdout.write(line)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content ready: created {tally.total_created} items in {elapsed:.1f}s "
                    f"({cpu:.1f}s of processor time)."
                )
            )
