import re
from bisect import bisect_right

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from core.search_facts import Searchable, SearchFacts
from documents.storage import document_storage

# Pages are stored as one text, separated by this; page_offsets records where each one starts.
PAGE_SEPARATOR = "\n\n"


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DONE = "done", "Text extracted"
    EMPTY = "empty", "No text found"
    FAILED = "failed", "Failed"
    UNSUPPORTED = "unsupported", "Not extracted (file type)"


class HubDocument(Searchable, AbstractDocument):
    """The hub's document: reports, toolkits and other downloads published by the network.

    The text inside the file is extracted in a background task (documents/tasks.py) and indexed
    through `search_text`, so search finds words inside reports.
    """

    # Documents live in their own storage, never under MEDIA_ROOT: only the serve view, after its
    # privacy checks, sends them (documents/storage.py, docs/media.md).
    file = models.FileField(upload_to="documents", storage=document_storage, verbose_name="file")
    extracted_text = models.TextField(
        blank=True, editable=False, help_text="All the text found in the file, page after page."
    )
    page_offsets = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Where each page starts in the extracted text (character offsets).",
    )
    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    extraction_status = models.CharField(
        max_length=12,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
        db_index=True,
    )
    extraction_error = models.TextField(
        blank=True, editable=False, help_text="Why no text was extracted, for editors."
    )
    extracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    extraction_started_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the current extraction began; one still pending long after this was "
        "interrupted (documents.services.fail_interrupted_extractions).",
    )
    extracted_file_hash = models.CharField(
        max_length=40,
        blank=True,
        editable=False,
        help_text="The file_hash the extraction status refers to; a new file starts it again.",
    )

    publication_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text="The year the report or resource was published, if known.",
    )

    admin_form_fields = (*Document.admin_form_fields, "publication_year")
    search_type, search_type_label, search_type_order = "document", "Document", 6

    # Wagtail's own index (the admin's document search) holds titles and tags; the text inside
    # the file is indexed only by the hub's search, which always reads it from the database.
    search_fields = AbstractDocument.search_fields + [index.FilterField("extraction_status")]

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documents"

    def search_facts(self):
        """The document's own facts. Its themes, members and region are those of the pages that
        publish it, which search adds when it indexes the document."""
        return SearchFacts(
            title=self.title,
            body=self.search_text,
            date=self.created_at,
            year=self.publication_year,
            extra={"file_type": self.file_extension.upper(), "file_size": self.file_size},
        )

    @property
    def search_text(self):
        """The extracted text as indexed, capped so PostgreSQL's 1 MB tsvector limit is never hit.

        Cut at a word boundary near settings.DOCUMENT_INDEX_TEXT_LIMIT characters.
        """
        limit = settings.DOCUMENT_INDEX_TEXT_LIMIT
        text = self.extracted_text
        if len(text) <= limit:
            return text
        cut = text[:limit]
        space = cut.rfind(" ", max(limit - 100, 0))
        return cut[:space] if space > 0 else cut

    @property
    def pages(self):
        """The text of each page, in order (page 1 first)."""
        offsets = self.page_offsets or ([0] if self.extracted_text else [])
        if not offsets:
            return []
        ends = [start - len(PAGE_SEPARATOR) for start in offsets[1:]] + [len(self.extracted_text)]
        return [self.extracted_text[start:end] for start, end in zip(offsets, ends, strict=True)]

    def page_text(self, page_number):
        pages = self.pages
        return pages[page_number - 1] if 1 <= page_number <= len(pages) else ""

    def page_for_offset(self, offset):
        """The page number (from 1) holding the character at `offset` of extracted_text."""
        if not self.extracted_text:
            return None
        return max(bisect_right(self.page_offsets or [0], offset), 1)

    def find_page(self, terms):
        """The first page number containing any of the words, ignoring case, or None.

        `terms` is a string of words or an iterable of words or phrases. A word matches at the
        start of a word in the text, so "council" finds "councils" but not "subcouncil".
        """
        match = self.find_match(terms)
        return match[2] if match else None

    def find_match(self, terms):
        """(start, end, page number) of the first match of any of the words, or None.

        The same matching as find_page, for building a snippet around the hit in extracted_text.
        """
        pattern = _terms_pattern(terms)
        match = pattern.search(self.extracted_text) if pattern else None
        if match is None:
            return None
        return match.start(), match.end(), self.page_for_offset(match.start())

    def url_for_page(self, page_number):
        """The document's URL, opening PDFs at the given page (#page=N)."""
        if page_number and self.file_extension.lower() == "pdf":
            return f"{self.url}#page={page_number}"
        return self.url

    def text_preview(self, length=1500):
        text = self.extracted_text
        return text if len(text) <= length else text[:length].rstrip() + "…"

    @property
    def extraction_summary(self):
        """A short status line for the admin listing, e.g. "Text extracted (12 pages)"."""
        label = self.get_extraction_status_display()
        if self.page_count and self.extraction_status in (
            ExtractionStatus.DONE,
            ExtractionStatus.EMPTY,
        ):
            pages = "1 page" if self.page_count == 1 else f"{self.page_count} pages"
            return f"{label} ({pages})"
        return label


def _terms_pattern(terms):
    if isinstance(terms, str):
        terms = terms.split()
    words = []
    for term in terms:
        term = re.sub(r"^\W+|\W+$", "", str(term))
        if term:
            words.append(r"\s+".join(re.escape(part) for part in term.split()))
    if not words:
        return None
    words.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + ")", re.IGNORECASE)
