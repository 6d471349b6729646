"""Extract a stored document's text and record the outcome on the document."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from documents import extraction
from documents.events import document_text_changed
from documents.isolation import BoundedRunError, run_bounded
from documents.models import PAGE_SEPARATOR, ExtractionStatus, HubDocument

logger = logging.getLogger(__name__)

# Text with no word of two letters or more (blank pages, page numbers only) counts as no text.
_WORD = re.compile(r"[^\W\d_]{2,}")
EMPTY_REASON = "No text found: the file may be scanned images without a text layer."
INTERRUPTED_REASON = (
    "interrupted: the process extracting the text stopped before it finished (it may have been "
    "restarted or killed). Extract the text again to retry."
)
# Reading the file from storage and starting the bounded child process come on top of
# DOCUMENT_EXTRACTION_TIMEOUT; an extraction still pending this much later is not running.
INTERRUPTED_MARGIN_SECONDS = 120


def reset_extraction(document):
    """Mark a document's text as out of date (a new file, or an editor asked) and queue it.

    Uses a queryset update so no save signal fires; the task runs once the transaction commits.
    """
    from documents.tasks import extract_document_text

    fields = {
        "extraction_status": ExtractionStatus.PENDING,
        "extraction_error": "",
        "extracted_text": "",
        "page_offsets": [],
        "page_count": None,
        "extracted_at": None,
        "extraction_started_at": None,
        "extracted_file_hash": document.file_hash,
    }
    HubDocument.objects.filter(pk=document.pk).update(**fields)
    for name, value in fields.items():
        setattr(document, name, value)
    pk = document.pk
    transaction.on_commit(lambda: extract_document_text.enqueue(pk))


def extract_document(document_id):
    """Extract one document's text now, store the outcome and reindex it. Returns the status.

    Never raises for a bad file: the reason is stored on the document instead.
    """
    fail_interrupted_extractions()
    document = HubDocument.objects.filter(pk=document_id).first()
    if document is None:
        return None
    file_hash = document.file_hash
    # Recorded (and committed) before the work starts, so that if this process dies the
    # extraction is known to have been interrupted rather than still waiting for its turn.
    HubDocument.objects.filter(pk=document_id, file_hash=file_hash).update(
        extraction_status=ExtractionStatus.PENDING, extraction_started_at=timezone.now()
    )
    try:
        pages = _extract_pages(document)
    except extraction.UnsupportedFormat as exc:
        outcome = _outcome(ExtractionStatus.UNSUPPORTED, error=str(exc))
    except (extraction.ExtractionError, BoundedRunError) as exc:
        outcome = _outcome(ExtractionStatus.FAILED, error=str(exc))
    except Exception as exc:  # an unexpected parser error must not break the upload
        logger.exception("Text extraction of document %s failed", document_id)
        outcome = _outcome(ExtractionStatus.FAILED, error=f"unexpected error: {exc}"[:500])
    else:
        outcome = _pages_outcome(pages)

    # Only record the outcome if the file has not been replaced meanwhile.
    updated = HubDocument.objects.filter(pk=document_id, file_hash=file_hash).update(
        **outcome, extracted_file_hash=file_hash
    )
    if not updated:
        return None
    document = HubDocument.objects.get(pk=document_id)
    # The row was updated without a save signal: tell search to index the new text.
    document_text_changed.send(sender=HubDocument, document_id=document_id)
    return document.extraction_status


def _extract_pages(document):
    """Read the file here (any storage) and parse its bytes in a bounded child process."""
    if not extraction.can_extract(document.filename):
        return extraction.extract(b"", document.filename)  # raises UnsupportedFormat
    max_bytes = settings.DOCUMENT_EXTRACTION_MAX_FILE_MB * 1024 * 1024
    try:
        size = document.file.size
        if size > max_bytes:
            raise extraction.ExtractionError(
                f"file too large to extract ({size / 1024 / 1024:.0f} MB; "
                f"the limit is {settings.DOCUMENT_EXTRACTION_MAX_FILE_MB} MB)"
            )
        with document.open_file() as f:
            data = f.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise extraction.ExtractionError(f"the file could not be read: {exc}") from exc
    if len(data) > max_bytes:
        raise extraction.ExtractionError("file too large to extract")
    return run_bounded(
        extraction.extract,
        (data, document.filename),
        timeout=settings.DOCUMENT_EXTRACTION_TIMEOUT,
        memory_mb=settings.DOCUMENT_EXTRACTION_MEMORY_MB,
    )


def _outcome(status, error="", text="", offsets=None, page_count=None):
    return {
        "extraction_status": status,
        "extraction_error": error,
        "extracted_text": text,
        "page_offsets": offsets or [],
        "page_count": page_count,
        "extracted_at": timezone.now(),
    }


def _pages_outcome(pages):
    offsets, position = [], 0
    for page in pages:
        offsets.append(position)
        position += len(page) + len(PAGE_SEPARATOR)
    text = PAGE_SEPARATOR.join(pages)
    if not _WORD.search(text):
        return _outcome(ExtractionStatus.EMPTY, error=EMPTY_REASON, page_count=len(pages))
    return _outcome(ExtractionStatus.DONE, text=text, offsets=offsets, page_count=len(pages))


def interrupted_after():
    """How long after it started a still-pending extraction counts as interrupted."""
    return timedelta(seconds=settings.DOCUMENT_EXTRACTION_TIMEOUT + INTERRUPTED_MARGIN_SECONDS)


def fail_interrupted_extractions(now=None):
    """Mark extractions that started but never finished as failed, with the reason. Returns how
    many.

    An extraction is bounded by DOCUMENT_EXTRACTION_TIMEOUT, so one still pending well after it
    started belongs to a process that was stopped (a worker killed mid-upload, a restarted
    queue worker) and would otherwise stay "pending" for ever. Extractions still waiting in the
    queue have not started and are left alone. Run at the start of every extraction and when
    the admin lists documents.
    """
    now = now or timezone.now()
    interrupted = HubDocument.objects.filter(
        extraction_status=ExtractionStatus.PENDING,
        extraction_started_at__lt=now - interrupted_after(),
    )
    count = interrupted.update(
        extraction_status=ExtractionStatus.FAILED,
        extraction_error=INTERRUPTED_REASON,
        extracted_at=now,
    )
    if count:
        logger.warning("Marked %s interrupted text extraction(s) as failed", count)
    return count
