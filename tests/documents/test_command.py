import pytest
from django.core.management import CommandError, call_command

from documents.models import ExtractionStatus, HubDocument
from tests.helpers import sample_files

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("reextract_documents", *args, stdout=out)
    return out.getvalue()


def test_pending_documents_are_extracted_with_a_progress_bar(make_document):
    good = make_document(sample_files.pdf_bytes(["Housing co-operatives"]), "a.pdf")
    bad = make_document(b"not a pdf", "b.pdf")
    other = make_document(b"Energy", "c.txt")
    HubDocument.objects.update(extraction_status=ExtractionStatus.PENDING, extracted_text="")

    output = run("--pending")

    assert f"[{'#' * 10}" in output and "] 1/3" in output and "] 3/3" in output
    assert "Extracted 3 documents; text extracted: 2, failed: 1." in output
    assert f"#{bad.pk} {bad.title}: corrupt PDF" in output
    good.refresh_from_db()
    other.refresh_from_db()
    assert good.extraction_status == ExtractionStatus.DONE
    assert good.extracted_text == "Housing co-operatives"
    assert other.extracted_text == "Energy"


def test_failed_only_retries_failures(make_document):
    make_document(b"fine", "a.txt")
    bad = make_document(b"not a pdf", "b.pdf")
    output = run("--failed")
    assert "] 1/1" in output and f"#{bad.pk} " in output


def test_by_id(make_document):
    document = make_document(b"fine", "a.txt")
    assert "Extracted 1 document; text extracted: 1." in run("--id", str(document.pk))


def test_unknown_id_is_a_clear_error(db):
    with pytest.raises(CommandError, match="No document with id 999"):
        run("--id", "999")


def test_a_selection_is_required(db):
    with pytest.raises(CommandError):
        run()


def test_nothing_to_do(db):
    assert run("--all") == "No documents to extract.\n"
