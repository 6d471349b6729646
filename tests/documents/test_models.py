"""What the search service reads from a document: pages, find_page, search_text, page URLs."""

import pytest

from documents.models import HubDocument
from documents.services import _pages_outcome
from searchindex.models import IndexedItem


def document_with_pages(pages, filename="report.pdf"):
    document = HubDocument(title="Report", file=filename, collection_id=1)
    for name, value in _pages_outcome(pages).items():
        setattr(document, name, value)
    return document


def test_pages_round_trip():
    pages = ["Page one text", "", "Page three\n\nwith paragraphs"]
    assert document_with_pages(pages).pages == pages


def test_a_document_without_text_has_no_pages():
    assert HubDocument(title="Scan", file="scan.pdf", collection_id=1).pages == []


@pytest.mark.parametrize(
    ("terms", "page"),
    [
        ("fibre", 2),
        ("FIBRE", 2),
        ("nothing-like-it", None),
        ("council", 1),
        ("councils", 3),
        (["mutual", "fibre"], 2),
        ("missing broadband", 2),
        (["co-op"], 3),
        (["full fibre"], 2),
        ("bud", None),
        ("", None),
        ('"fibre"', 2),
    ],
)
def test_find_page(terms, page):
    document = document_with_pages(
        ["The council met", "Full fibre broadband for all", "Two councils, one co-op mutual"]
    )
    assert document.find_page(terms) == page


def test_find_match_gives_the_span_and_page():
    document = document_with_pages(["The council met", "Full fibre broadband"])
    start, end, page = document.find_match("BROADBAND")
    assert document.extracted_text[start:end] == "broadband" and page == 2
    assert document.find_match("absent") is None


def test_find_page_without_text():
    assert document_with_pages([]).find_page("anything") is None


def test_page_for_offset():
    document = document_with_pages(["abc", "def"])
    assert document.extracted_text == "abc\n\ndef"
    assert [document.page_for_offset(i) for i in range(8)] == [1, 1, 1, 1, 1, 2, 2, 2]


def test_search_text_is_capped_at_a_word_boundary(settings):
    settings.DOCUMENT_INDEX_TEXT_LIMIT = 20
    document = document_with_pages(["alpha beta gamma delta epsilon"])
    assert document.search_text == "alpha beta gamma"
    assert document.extracted_text == "alpha beta gamma delta epsilon"


def test_search_text_short_enough_is_whole(settings):
    settings.DOCUMENT_INDEX_TEXT_LIMIT = 200
    assert document_with_pages(["short"]).search_text == "short"


@pytest.mark.django_db
def test_search_text_is_indexed_by_the_hubs_search(make_document):
    # Wagtail's own index (the admin's document search) keeps titles; the text inside the file
    # is indexed by the hub's search only.
    names = [field.field_name for field in HubDocument.get_search_fields()]
    assert "title" in names and "search_text" not in names
    document = make_document(b"Minutes about allotments", "minutes.txt", publication_year=2020)
    entry = IndexedItem.objects.get(kind="document", object_id=document.pk)
    assert (entry.title, entry.body) == (document.title, document.search_text)
    assert entry.body == "Minutes about allotments"
    assert entry.year == 2020
    assert ("year", "2020") in entry.values.values_list("facet", "value")


@pytest.mark.django_db
def test_a_document_without_a_publication_year_has_none(make_document):
    document = make_document(b"Undated notes", "notes.txt")
    entry = IndexedItem.objects.get(kind="document", object_id=document.pk)
    assert entry.year is None
    assert not entry.values.filter(facet="year").exists()


@pytest.mark.django_db
def test_url_for_page_only_adds_a_page_to_pdfs(make_document):
    pdf = make_document(b"%PDF-1.4 junk", "report.pdf")
    text = make_document(b"Notes", "notes.txt")
    assert pdf.url_for_page(4) == f"{pdf.url}#page=4"
    assert pdf.url_for_page(None) == pdf.url
    assert text.url_for_page(4) == text.url


def test_extraction_summary():
    assert document_with_pages(["One", "Two"]).extraction_summary == "Text extracted (2 pages)"
    assert document_with_pages(["Solo"]).extraction_summary == "Text extracted (1 page)"
    assert document_with_pages(["", "3"]).extraction_summary == "No text found (2 pages)"
