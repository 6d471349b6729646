from django.core.management.base import BaseCommand, CommandError

from documents.models import ExtractionStatus, HubDocument
from documents.services import extract_document

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Extract the text of existing documents again, here and now (not through the task "
        "queue), with a progress bar and a summary."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="Every document.")
        which.add_argument(
            "--failed", action="store_true", help="Documents whose extraction failed."
        )
        which.add_argument("--pending", action="store_true", help="Documents not extracted yet.")
        which.add_argument(
            "--id", type=int, nargs="+", dest="ids", metavar="ID", help="These documents."
        )

    def handle(self, *args, **options):
        documents = HubDocument.objects.order_by("pk")
        if options["failed"]:
            documents = documents.filter(extraction_status=ExtractionStatus.FAILED)
        elif options["pending"]:
            documents = documents.filter(extraction_status=ExtractionStatus.PENDING)
        elif options["ids"]:
            documents = documents.filter(pk__in=options["ids"])
            missing = set(options["ids"]) - set(documents.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No document with id {', '.join(map(str, sorted(missing)))}.")
        ids = list(documents.values_list("pk", flat=True))
        if not ids:
            self.stdout.write("No documents to extract.")
            return

        counts = {}
        failures = []
        interactive = self.stdout.isatty()
        for done, pk in enumerate(ids, start=1):
            status = extract_document(pk) or "skipped"
            counts[status] = counts.get(status, 0) + 1
            if status == ExtractionStatus.FAILED:
                failures.append(pk)
            self._progress(done, len(ids), interactive)
        if interactive:
            self.stdout.write("")

        self.stdout.write(self._summary(counts, len(ids)))
        for document in HubDocument.objects.filter(pk__in=failures).order_by("pk"):
            self.stdout.write(
                self.style.WARNING(
                    f"  #{document.pk} {document.title}: {document.extraction_error}"
                )
            )

    def _progress(self, done, total, interactive):
        filled = round(BAR_WIDTH * done / total)
        bar = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"
        if interactive:
            self.stdout.write(f"\r{bar}", ending="")
            self.stdout.flush()
        else:
            self.stdout.write(bar)

    def _summary(self, counts, total):
        labels = dict(ExtractionStatus.choices) | {"skipped": "Skipped (file replaced meanwhile)"}
        parts = [f"{labels[status].lower()}: {count}" for status, count in sorted(counts.items())]
        noun = "document" if total == 1 else "documents"
        return self.style.SUCCESS(f"Extracted {total} {noun}; " + ", ".join(parts) + ".")
