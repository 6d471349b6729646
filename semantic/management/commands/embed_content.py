import sys
import time

from django.core.management.base import BaseCommand, CommandError

from semantic.embedding import embed_everything
from semantic.encoder import ModelUnavailable


class Command(BaseCommand):
    help = (
        "Split every live page and every document into passages and embed those that changed, "
        "for search by meaning. Passages of content no longer live are removed. Then work out "
        "every page's related content by meaning again."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        show = options["verbosity"] > 0 and sys.stdout.isatty()

        def progress(done, total):
            if show:
                width = 30
                filled = width * done // max(total, 1)
                bar = "#" * filled + "." * (width - filled)
                self.stdout.write(f"\r[{bar}] {done}/{total} items", ending="")
                self.stdout.flush()

        try:
            embedded = embed_everything(progress)
        except ModelUnavailable as error:
            raise CommandError(f"Search by meaning is not available: {error}.") from error
        if show:
            self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"{embedded} passages embedded in {time.monotonic() - started:.1f} s."
            )
        )
