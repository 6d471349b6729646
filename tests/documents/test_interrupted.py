"""An extraction whose process is stopped ends as "failed" with a reason, never pending for ever."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from documents import services
from documents.models import ExtractionStatus, HubDocument
from tests import factories


def worker_killed(*args, **kwargs):
    # gunicorn stops a worker past its timeout by raising SystemExit inside it (SIGABRT), and
    # a killed queue worker never gets to write anything either.
    raise SystemExit(1)


@pytest.fixture
def interrupted_document(db, django_capture_on_commit_callbacks, monkeypatch):
    """A document whose extraction started and whose process died in the middle of it."""
    monkeypatch.setattr(services, "run_bounded", worker_killed)
    # The task runner records the task as failed; nothing records it on the document.
    with django_capture_on_commit_callbacks(execute=True):
        factories.DocumentFactory(file=ContentFile(b"a huge report", name="huge.txt"))
    monkeypatch.undo()
    return HubDocument.objects.get()


def later(document, seconds):
    return document.extraction_started_at + timedelta(seconds=seconds)


def test_the_start_of_an_extraction_is_recorded(interrupted_document):
    assert interrupted_document.extraction_status == ExtractionStatus.PENDING
    assert interrupted_document.extraction_started_at is not None


def test_an_interrupted_extraction_fails_with_a_reason_once_it_cannot_be_running(
    interrupted_document, settings
):
    settings.DOCUMENT_EXTRACTION_TIMEOUT = 60
    document = interrupted_document
    # While it could still be running, it is left alone.
    assert services.fail_interrupted_extractions(now=later(document, 60)) == 0
    assert (
        services.fail_interrupted_extractions(
            now=later(document, 60 + services.INTERRUPTED_MARGIN_SECONDS + 1)
        )
        == 1
    )
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error.startswith("interrupted:")


def test_documents_waiting_in_the_queue_or_finished_are_left_alone(
    interrupted_document, django_capture_on_commit_callbacks
):
    queued = factories.DocumentFactory(file=ContentFile(b"queued", name="queued.txt"))  # no commit
    with django_capture_on_commit_callbacks(execute=True):
        done = factories.DocumentFactory(file=ContentFile(b"Some words", name="done.txt"))
    done.refresh_from_db()
    assert done.extraction_status == ExtractionStatus.DONE
    services.fail_interrupted_extractions(now=timezone.now() + timedelta(days=1))
    statuses = dict(HubDocument.objects.values_list("pk", "extraction_status"))
    assert statuses[queued.pk] == ExtractionStatus.PENDING
    assert statuses[done.pk] == ExtractionStatus.DONE
    assert statuses[interrupted_document.pk] == ExtractionStatus.FAILED


def test_the_next_extraction_sweeps_interrupted_ones(
    interrupted_document, django_capture_on_commit_callbacks
):
    HubDocument.objects.filter(pk=interrupted_document.pk).update(
        extraction_started_at=timezone.now() - timedelta(hours=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        factories.DocumentFactory(file=ContentFile(b"Other words", name="other.txt"))
    interrupted_document.refresh_from_db()
    assert interrupted_document.extraction_status == ExtractionStatus.FAILED


def test_the_admin_listing_shows_it_failed(interrupted_document, admin_client):
    HubDocument.objects.filter(pk=interrupted_document.pk).update(
        extraction_started_at=timezone.now() - timedelta(hours=1)
    )
    html = " ".join(admin_client.get(reverse("wagtaildocs:index")).content.decode().split())
    assert '<span class="w-status"> Failed </span>' in html
    assert "Pending" not in html


def test_extracting_again_clears_the_start(
    interrupted_document, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.reset_extraction(interrupted_document)
    interrupted_document.refresh_from_db()
    assert interrupted_document.extraction_status == ExtractionStatus.DONE
