"""Editors see each document's extraction status in the Wagtail admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from documents.models import ExtractionStatus, HubDocument
from tests.helpers import sample_files

pytestmark = pytest.mark.django_db


def test_upload_through_the_admin_extracts_the_text(
    admin_client, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile(
        "annual-report.pdf",
        sample_files.pdf_bytes(["Introduction", "Participatory budgeting in Oldham"]),
        content_type="application/pdf",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Annual report",
                "file": upload,
                "collection": Collection.get_first_root_node().pk,
            },
        )
    assert response.status_code == 302
    document = HubDocument.objects.get(title="Annual report")
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.page_count == 2
    assert document.find_page("budgeting") == 2


def test_multiple_upload_view_extracts_the_text_too(
    admin_client, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("minutes.txt", b"Minutes: co-operative energy", "text/plain")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": upload},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
    assert response.status_code == 200
    document = HubDocument.objects.get()
    assert document.extracted_text == "Minutes: co-operative energy"


def test_listing_shows_status_and_pages(admin_client, make_document):
    make_document(sample_files.pdf_bytes(["One", "Two", "Three"]), "good.pdf", title="Good report")
    make_document(b"junk", "bad.pdf", title="Broken report")
    response = admin_client.get(reverse("wagtaildocs:index"))
    assert response.status_code == 200
    html = " ".join(response.content.decode().split())
    assert "Sort by &#x27;Text&#x27;" in html and "Sort by &#x27;Pages&#x27;" in html
    assert '<span class="w-status w-status--primary"> Text extracted </span>' in html
    assert '<span class="w-status"> Failed </span>' in html
    assert "<td > 3 </td>" in html


def test_listing_can_be_sorted_by_status(admin_client, make_document):
    make_document(b"junk", "bad.pdf", title="Broken report")
    response = admin_client.get(
        reverse("wagtaildocs:index_results"), {"ordering": "-extraction_status"}
    )
    assert response.status_code == 200
    assert "Broken report" in response.content.decode()


def test_edit_view_shows_status_reason_pages_and_text(admin_client, make_document):
    good = make_document(sample_files.pdf_bytes(["Community wealth building", "Two"]), "good.pdf")
    bad = make_document(sample_files.encrypted_pdf_bytes(["Secret"]), "locked.pdf")

    html = admin_client.get(reverse("wagtaildocs:edit", args=(good.pk,))).content.decode()
    assert "Text extraction" in html and "Text extracted" in html
    assert "<dt>Pages</dt>" in html and "<dd>2</dd>" in html
    assert "Community wealth building" in html
    assert reverse("hub_documents:reextract", args=(good.pk,)) in html

    html = admin_client.get(reverse("wagtaildocs:edit", args=(bad.pk,))).content.decode()
    assert "Failed" in html and "encrypted PDF" in html


def test_extract_again(admin_client, make_document, django_capture_on_commit_callbacks):
    document = make_document(b"Some minutes", "m.txt")
    HubDocument.objects.filter(pk=document.pk).update(
        extraction_status=ExtractionStatus.FAILED, extracted_text="", extraction_error="old"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("hub_documents:reextract", args=(document.pk,)))
    assert response.status_code == 302
    assert response.url == reverse("wagtaildocs:edit", args=(document.pk,))
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.extracted_text == "Some minutes"


def test_extract_again_needs_post_and_permission(client, admin_client, make_document):
    document = make_document(b"Some minutes", "m.txt")
    url = reverse("hub_documents:reextract", args=(document.pk,))
    assert admin_client.get(url).status_code == 405
    assert client.post(url).status_code == 302  # to the login page
    assert admin_client.post(reverse("hub_documents:reextract", args=(999999,))).status_code == 404


def test_listing_does_not_load_the_text(admin_client, make_document):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_document(b"Words that only the edit view shows", "a.txt")
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(reverse("wagtaildocs:index"))
    assert response.status_code == 200
    listing = [q["sql"] for q in queries if 'FROM "documents_hubdocument"' in q["sql"]]
    assert listing
    assert not any("extracted_text" in sql for sql in listing)
