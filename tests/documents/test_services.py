"""Uploading a document queues its extraction; bad files fail cleanly with a reason."""

import pytest
from django.core.files.base import ContentFile

from documents import services
from documents.models import ExtractionStatus, HubDocument
from search.service import run_search
from searchindex.models import IndexedItem
from tests.helpers import sample_files

pytestmark = pytest.mark.django_db


def test_pdf_upload_is_extracted_with_pages(make_document):
    document = make_document(
        sample_files.pdf_bytes(["Community wealth building", "Energy", "Full fibre broadband"]),
        "report.pdf",
    )
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.page_count == 3
    assert document.pages == ["Community wealth building", "Energy", "Full fibre broadband"]
    assert document.extraction_error == ""
    assert document.extracted_at is not None
    assert document.extracted_file_hash == document.file_hash != ""
    assert document.find_page("broadband") == 3


def test_docx_upload_is_extracted(make_document):
    document = make_document(
        sample_files.docx_bytes([["Social partnership"], ["Democratic engagement"]]), "plan.docx"
    )
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.page_count == 2
    assert document.find_page(["engagement"]) == 2


def test_text_upload_is_extracted(make_document):
    document = make_document(b"Minutes of the co-operative council network", "minutes.txt")
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.page_count == 1
    assert document.extracted_text == "Minutes of the co-operative council network"


def test_corrupt_pdf_fails_with_a_reason_and_the_document_is_kept(make_document):
    document = make_document(b"%PDF-1.7 truncated", "broken.pdf")
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error.startswith("corrupt PDF: ")
    assert document.extracted_text == "" and document.page_count is None
    assert HubDocument.objects.filter(pk=document.pk).exists()


def test_encrypted_pdf_fails_as_encrypted(make_document):
    document = make_document(sample_files.encrypted_pdf_bytes(["Secret"]), "locked.pdf")
    assert document.extraction_status == ExtractionStatus.FAILED
    assert "encrypted" in document.extraction_error


def test_zip_bomb_docx_fails(make_document):
    document = make_document(sample_files.zip_bomb_docx_bytes(), "bomb.docx")
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error.startswith("DOCX too large when unpacked")


def test_scanned_pdf_is_empty_not_failed(make_document):
    document = make_document(sample_files.scanned_pdf_bytes(2), "scan.pdf")
    assert document.extraction_status == ExtractionStatus.EMPTY
    assert document.page_count == 2
    assert "No text found" in document.extraction_error


def test_page_numbers_alone_count_as_no_text(make_document):
    document = make_document(sample_files.pdf_bytes(["1", "- 2 -"]), "numbered-scan.pdf")
    assert document.extraction_status == ExtractionStatus.EMPTY


def test_a_short_word_is_text(make_document):
    assert make_document(b"Hi", "short.txt").extraction_status == ExtractionStatus.DONE


def test_huge_file_is_not_read(make_document, settings):
    settings.DOCUMENT_EXTRACTION_MAX_FILE_MB = 1
    document = make_document(b"x " * (600 * 1024), "huge.txt")
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error == "file too large to extract (1 MB; the limit is 1 MB)"


def test_timeout_fails_with_the_time(make_document, settings, monkeypatch):
    settings.DOCUMENT_EXTRACTION_TIMEOUT = 1
    monkeypatch.setattr(services.extraction, "extract", sample_files.slow_extract)
    document = make_document(b"anything", "slow.txt")
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error == "timed out after 1 s"


def test_out_of_memory_fails_with_the_limit(make_document, settings, monkeypatch):
    settings.DOCUMENT_EXTRACTION_MEMORY_MB = 256
    monkeypatch.setattr(services.extraction, "extract", sample_files.greedy_extract)
    document = make_document(b"anything", "greedy.txt")
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_error == "out of memory (the limit is 256 MB)"


def test_unsupported_type_is_marked_not_failed(make_document):
    document = make_document(b"PK\x03\x04", "sheet.xlsx")
    assert document.extraction_status == ExtractionStatus.UNSUPPORTED
    assert document.extraction_error == "text is not extracted from .xlsx files"


def test_saving_without_a_new_file_does_not_extract_again(make_document):
    document = make_document(b"First words", "a.txt")
    document.title = "Renamed"
    document.save()
    document.refresh_from_db()
    # A queued re-extraction would have reset the status and cleared the text at once.
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.extracted_text == "First words"


def test_a_new_file_is_extracted_again(make_document, django_capture_on_commit_callbacks):
    document = make_document(b"First words", "a.txt")
    document.file = ContentFile(b"Second version of the minutes", name="b.txt")
    document._set_document_file_metadata()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    document.refresh_from_db()
    assert document.extracted_text == "Second version of the minutes"


def test_outcome_is_dropped_when_the_file_changed_meanwhile(make_document, monkeypatch):
    document = make_document(b"Old text", "a.txt")
    real_extract_pages = services._extract_pages

    def replaced_during_extraction(doc):
        HubDocument.objects.filter(pk=doc.pk).update(file_hash="another-file")
        return real_extract_pages(doc)

    monkeypatch.setattr(services, "_extract_pages", replaced_during_extraction)
    assert services.extract_document(document.pk) is None
    assert HubDocument.objects.get(pk=document.pk).extracted_text == "Old text"


def test_deleted_document_is_ignored(db):
    assert services.extract_document(123456) is None


def found(query, user):
    """The documents the hub's search finds for `user` (who may see unpublished ones)."""
    results = run_search({"q": query}, user, log=False)
    return [(r.kind, r.id) for r in results.results]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "x")


def test_extracted_text_is_searchable(make_document, editor):
    document = make_document(
        sample_files.pdf_bytes(["Nothing here", "Participatory budgeting"]), "x.pdf"
    )
    make_document(b"Unrelated minutes", "y.txt")
    entry = IndexedItem.objects.get(kind="document", object_id=document.pk)
    assert "Participatory budgeting" in entry.body
    assert found("budgeting", editor) == [("document", document.pk)]


def test_very_long_text_is_still_indexed(make_document, settings, editor):
    # Some 200,000 distinct words: past PostgreSQL's 1 MB tsvector limit if indexed whole.
    settings.DOCUMENT_INDEX_TEXT_LIMIT = 200_000
    words = " ".join(f"w{number:x}z" for number in range(200_000))
    document = make_document(f"Needle at the start. {words}".encode(), "long.txt")
    assert document.extraction_status == ExtractionStatus.DONE
    assert len(document.extracted_text) > 1_000_000
    assert len(document.search_text) <= 200_000
    entry = IndexedItem.objects.get(kind="document", object_id=document.pk)
    assert entry.body == document.search_text
    assert found("needle", editor) == [("document", document.pk)]
    # Words past the limit are not indexed.
    assert found(f"w{199_999:x}z", editor) == []
