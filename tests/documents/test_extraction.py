"""The format extractors, called directly (no child process)."""

import pytest

from documents import extraction
from documents.extraction import ExtractionError
from tests.helpers import sample_files


def test_pdf_pages_keep_their_numbers():
    pages = extraction.extract(
        sample_files.pdf_bytes(["Community wealth building", "", "Full fibre broadband"]), "r.PDF"
    )
    assert pages == ["Community wealth building", "", "Full fibre broadband"]


def test_docx_splits_pages_at_hard_page_breaks():
    data = sample_files.docx_bytes(
        [["Co-operative values", "Social partnership"], ["Energy co-op"]]
    )
    assert extraction.extract(data, "plan.docx") == [
        "Co-operative values\nSocial partnership",
        "Energy co-op",
    ]


def test_docx_tables_are_read_in_order():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Before the table")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Oldham"
    table.rows[0].cells[1].text = "£1.2m"
    document.add_paragraph("After the table")
    out = io.BytesIO()
    document.save(out)
    assert extraction.extract(out.getvalue(), "t.docx") == [
        "Before the table\nOldham | £1.2m\nAfter the table"
    ]


def test_plain_text_utf8_with_bom_and_form_feed_pages():
    data = "\ufeffCafé co-op\n\n\n\nnext\fsecond page".encode()
    assert extraction.extract(data, "notes.txt") == ["Café co-op\n\nnext", "second page"]


def test_plain_text_falls_back_to_windows_1252():
    assert extraction.extract("Caf\u00e9 \u2013 £5".encode("cp1252"), "data.csv") == ["Café – £5"]


def test_text_is_made_safe_for_postgresql():
    assert extraction.clean_text("a\x00b\ud800c  \t d") == "a b?c d"


def test_corrupt_pdf_gives_a_reason():
    with pytest.raises(ExtractionError, match="^corrupt PDF: "):
        extraction.extract(b"%PDF-1.4 this is not really a PDF", "broken.pdf")


def test_encrypted_pdf_needs_a_password():
    with pytest.raises(ExtractionError, match="encrypted PDF"):
        extraction.extract(sample_files.encrypted_pdf_bytes(["Secret plans"]), "locked.pdf")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_encrypted_with_an_empty_password_is_read(algorithm):
    # Permission-restricted reports: anyone may open them, only the owner may edit.
    data = sample_files.encrypted_pdf_bytes(["Open to all"], user_password="", algorithm=algorithm)
    assert extraction.extract(data, "restricted.pdf") == ["Open to all"]


def test_aes_encrypted_pdf_needs_a_password():
    data = sample_files.encrypted_pdf_bytes(["Secret plans"], algorithm="AES-256")
    with pytest.raises(ExtractionError, match="^encrypted PDF: a password is needed"):
        extraction.extract(data, "locked.pdf")


def test_scanned_pdf_has_empty_pages():
    assert extraction.extract(sample_files.scanned_pdf_bytes(3), "scan.pdf") == ["", "", ""]


def test_zip_bomb_docx_is_refused_before_unpacking():
    with pytest.raises(ExtractionError, match="DOCX too large when unpacked"):
        extraction.extract(sample_files.zip_bomb_docx_bytes(), "bomb.docx")


def test_docx_unpacking_past_the_total_bound_is_refused(monkeypatch):
    monkeypatch.setattr(extraction, "DOCX_MAX_UNPACKED_BYTES", 10_000)
    data = sample_files.docx_bytes([["A perfectly normal document"]])
    with pytest.raises(
        ExtractionError, match=r"too large when unpacked: 0\.8 MB \(the limit is 0\.0 MB\)"
    ):
        extraction.extract(data, "big.docx")


def test_not_a_zip_is_a_corrupt_docx():
    with pytest.raises(ExtractionError, match="corrupt DOCX"):
        extraction.extract(b"plain bytes", "fake.docx")


def test_unsupported_types_say_so():
    with pytest.raises(extraction.UnsupportedFormat, match=r"\.xlsx"):
        extraction.extract(b"", "sheet.xlsx")


def test_stored_text_is_bounded(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARS", 10)
    assert extraction.extract(b"abcdefgh\fijklmnop\fqrs", "long.txt") == ["abcdefgh", "ij", ""]
