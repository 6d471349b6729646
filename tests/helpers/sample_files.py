"""Files for the tests, built in memory: PDFs, Word documents and slow or greedy extractors."""

import io
import time
import zipfile

import docx
from docx.enum.text import WD_BREAK
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


def pdf_bytes(pages):
    """A PDF with one page per string (an empty string gives a page with no text)."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def scanned_pdf_bytes(page_count=2):
    """A PDF whose pages hold only drawings, like a scan without a text layer."""
    pdf = FPDF()
    for _ in range(page_count):
        pdf.add_page()
        pdf.rect(20, 20, 100, 150, style="F")
    return bytes(pdf.output())


def encrypted_pdf_bytes(pages, user_password="secret", algorithm="RC4-128"):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(pages))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(pages):
    """A Word document with a hard page break between the given pages of paragraphs."""
    document = docx.Document()
    for number, paragraphs in enumerate(pages):
        if number:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb_docx_bytes(unpacked_mb=200):
    """A DOCX-looking zip whose document.xml unpacks to hundreds of megabytes of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(chunk)
    return out.getvalue()


def slow_extract(data, filename):
    """Stands in for a parser stuck on a hostile file (run in the child process)."""
    time.sleep(30)
    return ["never"]


def greedy_extract(data, filename):
    """Stands in for a parser allocating without bound (run in the child process)."""
    hoard = []
    while True:
        hoard.append(bytearray(50 * 1024 * 1024))
