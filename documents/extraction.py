"""Text extraction from uploaded files: one function per format, each returning a list of pages.

This module imports nothing from Django, so it can run in a freshly spawned child process
(see documents/isolation.py). Every function takes the file's bytes, never a path or a storage
object, so extraction works the same with local files, in-memory storage or S3.
"""

import io
import logging
import re
import zipfile

# A DOCX is a zip archive: refuse archives that unpack to more than this (zip bombs).
DOCX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Refuse a member that unpacks to more than this many times its packed size, once it is big
# enough to matter; real Word XML compresses about 5-20 times.
DOCX_MAX_RATIO = 100
DOCX_RATIO_MIN_BYTES = 10 * 1024 * 1024
# The most text kept from one file, so a huge text file cannot fill the database.
MAX_TEXT_CHARS = 5_000_000

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\r\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class ExtractionError(Exception):
    """The file cannot be read; the message is the reason shown to editors."""


class UnsupportedFormat(ExtractionError):
    """The hub does not extract text from this kind of file."""


def clean_text(text):
    """Make extracted text safe to store and pleasant to quote.

    Removes NUL and other control characters (PostgreSQL refuses NUL in text columns), replaces
    unpaired surrogates, collapses runs of spaces and blank lines.
    """
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _CONTROL_CHARS.sub(" ", text.replace("\f", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _bounded(pages):
    """Clean every page and stop once MAX_TEXT_CHARS is reached."""
    kept, total = [], 0
    for page in pages:
        page = clean_text(page)
        if total + len(page) > MAX_TEXT_CHARS:
            page = page[: max(MAX_TEXT_CHARS - total, 0)]
        kept.append(page)
        total += len(page)
    return kept


def extract_pdf(data):
    """One string per PDF page. Encrypted files are opened with an empty password if they allow."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    # pypdf logs a warning for every quirk of a damaged file; the outcome is reported instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise ExtractionError(f"encrypted PDF (cannot decrypt it here: {exc})") from exc
            if not decrypted:
                raise ExtractionError("encrypted PDF: a password is needed to open it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ExtractionError:
        raise
    except FileNotDecryptedError as exc:
        raise ExtractionError("encrypted PDF: a password is needed to open it") from exc
    except MemoryError:
        raise
    except Exception as exc:  # pypdf raises many exception types on damaged files
        raise ExtractionError(f"corrupt PDF: {_short(exc)}") from exc
    return _bounded(pages)


def check_docx_archive(data):
    """Refuse zip bombs before python-docx unpacks anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ExtractionError(f"corrupt DOCX: not a valid zip archive ({_short(exc)})") from exc
    with archive:
        total = 0
        for member in archive.infolist():
            total += member.file_size
            if member.file_size > DOCX_RATIO_MIN_BYTES and member.file_size > DOCX_MAX_RATIO * max(
                member.compress_size, 1
            ):
                raise ExtractionError(
                    f"DOCX too large when unpacked: {member.filename} expands "
                    f"{member.file_size // max(member.compress_size, 1)} times"
                )
        if total > DOCX_MAX_UNPACKED_BYTES:
            raise ExtractionError(
                f"DOCX too large when unpacked: {_megabytes(total)} "
                f"(the limit is {_megabytes(DOCX_MAX_UNPACKED_BYTES)})"
            )


def _docx_blocks(body):
    """Yield ('text', str) and ('break', None) items from a DOCX body, in reading order."""
    for element in body.iterchildren():
        if element.tag == f"{W_NS}p":
            yield from _docx_paragraph(element)
        elif element.tag == f"{W_NS}tbl":
            for row in element.iter(f"{W_NS}tr"):
                cells = []
                for cell in row.iter(f"{W_NS}tc"):
                    cells.append(" ".join(t.text or "" for t in cell.iter(f"{W_NS}t")))
                yield "text", " | ".join(c for c in cells if c.strip())


def _docx_paragraph(paragraph):
    properties = paragraph.find(f"{W_NS}pPr")
    if properties is not None and properties.find(f"{W_NS}pageBreakBefore") is not None:
        yield "break", None
    parts = []
    for node in paragraph.iter(f"{W_NS}t", f"{W_NS}br", f"{W_NS}tab"):
        if node.tag == f"{W_NS}t":
            parts.append(node.text or "")
        elif node.tag == f"{W_NS}tab":
            parts.append(" ")
        elif node.get(f"{W_NS}type") == "page":
            yield "text", "".join(parts)
            parts = []
            yield "break", None
        else:
            parts.append("\n")
    yield "text", "".join(parts)


def extract_docx(data):
    """The text of a Word document, split into pages at its hard page breaks.

    A DOCX has no fixed pages (they depend on the reader's fonts and paper), so only breaks the
    author put in count as page boundaries.
    """
    check_docx_archive(data)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises many exception types on damaged files
        raise ExtractionError(f"corrupt DOCX: {_short(exc)}") from exc
    pages, current = [], []
    for kind, text in _docx_blocks(document.element.body):
        if kind == "break":
            pages.append("\n".join(current))
            current = []
        else:
            current.append(text)
    pages.append("\n".join(current))
    # A trailing page break leaves an empty last page; keep real pages only.
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return _bounded(pages)


def decode_text(data):
    """Decode a text file: UTF-8 (with or without a byte order mark), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def extract_plain_text(data):
    """Plain text and CSV: one page, or pages split at form feeds if the file has them."""
    return _bounded(decode_text(data).split("\f"))


EXTRACTORS = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "txt": extract_plain_text,
    "csv": extract_plain_text,
}


def can_extract(filename):
    return _extension(filename) in EXTRACTORS


def extract(data, filename):
    """Pages of text from a file's bytes, chosen by the file's extension."""
    extension = _extension(filename)
    extractor = EXTRACTORS.get(extension)
    if extractor is None:
        raise UnsupportedFormat(f"text is not extracted from .{extension or '?'} files")
    return extractor(data)


def _extension(filename):
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def _megabytes(size):
    return f"{size / (1024 * 1024):.1f} MB"


def _short(exc, limit=300):
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= limit else message[: limit - 1] + "…"
