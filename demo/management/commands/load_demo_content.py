import logging
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import transaction

from core.importing import ProgressBar
from demo.loader.build import DemoSiteBuilder
from demo.loader.indexing import deferred_index_updates
from demo.loader.tally import Tally
from semantic import embedding

# Loggers that would write a line per page published (Wagtail) or per font table subset while
# drawing PDFs (fontTools); the summary says what was done. `-v 3` lets them through.
CHATTY_LOGGERS = ("wagtail", "fontTools")
LABEL_WIDTH = 24


class Command(BaseCommand):
    help = (
        "Build the CCIN Hub's demo site from the network's real members, labs, toolkits and "
        "case studies (the data files in demo/content), through the same importers comms use. "
        "Safe to run again: it only adds what is missing and never changes what exists. Prints "
        "a progress bar (on a terminal) and a table of what it did; -v 2 lists every item."
    )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        tally = Tally(on_item=self.item_line if verbosity >= 2 else None)
        show_bars = verbosity == 1 and self.stderr.isatty()
        started = time.monotonic()
        with quiet(CHATTY_LOGGERS, verbosity < 3):
            with transaction.atomic():
                with deferred_index_updates() as index_updates:
                    builder = DemoSiteBuilder(
                        tally, progress=self.progress_bar if show_bars else None
                    )
                    builder.build()
                    index_updates.flush()
                built = time.monotonic()
            # Publishing queues passages for search by meaning; with tasks run immediately they
            # are embedded as the transaction commits.
            finished = time.monotonic()
        if show_bars:
            self.stderr.write("\r" + " " * (LABEL_WIDTH + 45) + "\r", ending="")
        if verbosity >= 1:
            self.stdout.write("Demo content:")
            for line in tally.lines():
                self.stdout.write(f"  {line}")
            self.stdout.write(self.style.SUCCESS(self.timing(built - started, finished - built)))

    def progress_bar(self, label, total):
        return ProgressBar(
            self.stderr, total, label=f"{label[:LABEL_WIDTH]:<{LABEL_WIDTH}}", end_line=False
        )

    def item_line(self, kind, action, label, warnings):
        self.stdout.write(f"{kind}: {action}: {label}")
        for warning in warnings:
            self.stdout.write(self.style.WARNING(f"{kind}: warning: {warning}"))

    def timing(self, building, embedding_seconds):
        text = f"Demo content ready in {seconds(building + embedding_seconds)}"
        if embedding.enabled() and embedding_seconds >= 1:
            spent = seconds(embedding_seconds)
            text += f" ({spent} of it embedding passages for search by meaning)"
        return text + "."


def seconds(value):
    return f"{value:.0f} s" if value >= 10 else f"{value:.1f} s"


@contextmanager
def quiet(names, enabled):
    """Raise the given loggers to WARNING while the block runs."""
    loggers = [logging.getLogger(name) for name in names] if enabled else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.level, logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
