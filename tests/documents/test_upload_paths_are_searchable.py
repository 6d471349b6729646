"""A report uploaded through any of the admin's upload forms is found by the words inside it as
soon as a live page uses it, down to the PDF page, with no re-extraction or re-indexing by hand.

Every request commits as it does in production (hence `committing`): the text extraction an
upload queues runs as soon as its save commits, which for the chooser's upload is in the middle
of the form's save, and whatever the form does with its copy of the document afterwards must not
leave the search index without the text. Inside one test transaction the extraction would only
run after the whole request, and the chooser's upload would seem fine.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from documents.models import ExtractionStatus, HubDocument
from search.service import run_search
from tests import factories
from tests.helpers import sample_files

pytestmark = [
    pytest.mark.committing,
    # Serialised rollback keeps the groups and the site the migrations create.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Community wealth lab final report"
PAGE_TWO_WORD = "heliotrope"
REPORT_PAGES = [
    "Community wealth building: what the lab set out to do.",
    f"Findings: the {PAGE_TWO_WORD} allotment co-operative kept spending local.",
]


def report_file():
    return SimpleUploadedFile(
        "final-report.pdf", sample_files.pdf_bytes(REPORT_PAGES), content_type="application/pdf"
    )


def root_collection():
    return Collection.get_first_root_node().pk


def upload_through_the_chooser(client):
    """The "Upload" tab of the document chooser opened from the page editor."""
    prefix = "document-chooser-upload"
    response = client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            f"{prefix}-title": TITLE,
            f"{prefix}-file": report_file(),
            f"{prefix}-collection": root_collection(),
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen", response.content[:2000]
    return HubDocument.objects.get(pk=response.json()["result"]["id"])


def upload_through_the_add_form(client):
    """Documents → Add a document, one file."""
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": TITLE, "file": report_file(), "collection": root_collection()},
    )
    assert response.status_code == 302, response.content[:2000]
    return HubDocument.objects.get(title=TITLE)


def upload_through_multiple_upload(client):
    """Documents → Add documents: the file is dropped (one request), then its title is set and
    saved in the form shown beside it (another request)."""
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": report_file(), "collection": root_collection()},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert response.json()["success"], response.content[:2000]
    document_id = response.json()["doc_id"]
    prefix = f"doc-{document_id}"
    response = client.post(
        reverse("wagtaildocs:edit_multiple", args=(document_id,)),
        {
            f"{prefix}-title": TITLE,
            f"{prefix}-collection": root_collection(),
            f"{prefix}-tags": "",
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert response.json()["success"], response.content[:2000]
    return HubDocument.objects.get(pk=document_id)


UPLOADS = {
    "chooser": upload_through_the_chooser,
    "add form": upload_through_the_add_form,
    "multiple upload": upload_through_multiple_upload,
}


def publish_on_a_lab(document, user, lab_index, member):
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Community wealth lab", lead_member=member
    )
    lab.final_report = document
    lab.save_revision(user=user).publish(user=user)
    return lab


def publish_on_a_case_study(document, user, case_study_index, member):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Allotments in Preston", lead_member=member
    )
    story.body = [("document", {"document": document, "label": ""})]
    story.save_revision(user=user).publish(user=user)
    return story


@pytest.mark.parametrize("path", ["chooser", "add form", "multiple upload"])
@pytest.mark.parametrize("page", ["lab final report", "case study body"])
def test_a_word_on_page_two_of_an_uploaded_report_is_found(
    path,
    page,
    comms_client,
    comms_user,
    lab_index,
    case_study_index,
    member,
):
    document = UPLOADS[path](comms_client)
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.find_page(PAGE_TWO_WORD) == 2

    if page == "lab final report":
        publisher = publish_on_a_lab(document, comms_user, lab_index, member)
    else:
        publisher = publish_on_a_case_study(document, comms_user, case_study_index, member)

    results = run_search({"q": PAGE_TWO_WORD}, AnonymousUser(), log=False)
    found = [r for r in results.results if r.kind == "document" and r.id == document.pk]
    assert found, f"{TITLE!r} not found by {PAGE_TWO_WORD!r}: {results.results}"
    assert found[0].pdf_page == 2
    assert found[0].document_url.endswith("#page=2")
    assert f"<mark>{PAGE_TWO_WORD}</mark>" in found[0].snippet
    assert found[0].published_on == [{"title": publisher.title, "url": publisher.url}]
