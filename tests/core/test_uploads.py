"""Damaged uploads: images are refused with a message, documents kept and marked; never a 500."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

MESSAGE = "The file could not be read as an image"


def jpeg_bytes(size=(400, 300)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 90)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def truncated_jpeg():
    """A JPEG cut off in the middle of its compressed data: the header still parses."""
    data = jpeg_bytes()
    return data[: len(data) // 2]


def overwritten_jpeg():
    """A JPEG whose compressed data after the start-of-scan header is overwritten with zeros."""
    data = jpeg_bytes()
    start = data.index(b"\xff\xda") + 14
    return data[:start] + bytes(len(data) - start)


@pytest.fixture(params=[truncated_jpeg, overwritten_jpeg], ids=["truncated", "overwritten"])
def corrupt_jpeg(request):
    return request.param()


def upload(data, name="photo.jpg"):
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def test_a_corrupt_jpeg_still_opens_as_a_jpeg(corrupt_jpeg):
    # The point of these files: Pillow accepts the header, so a shallow check passes.
    image = PILImage.open(io.BytesIO(corrupt_jpeg))
    assert image.format == "JPEG"
    assert image.size == (400, 300)


def test_single_upload_refuses_a_corrupt_jpeg(admin_client, corrupt_jpeg):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Broken",
            "file": upload(corrupt_jpeg),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not get_image_model().objects.exists()


def test_multiple_upload_refuses_a_corrupt_jpeg(admin_client, corrupt_jpeg):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(corrupt_jpeg)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert MESSAGE in data["error_message"]
    assert not get_image_model().objects.exists()


def test_a_good_jpeg_is_still_accepted(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Good",
            "file": upload(jpeg_bytes()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 400


def test_a_corrupt_pdf_is_kept_and_marked_failed(admin_client, django_capture_on_commit_callbacks):
    from documents.models import ExtractionStatus, HubDocument

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Broken report",
                "file": SimpleUploadedFile(
                    "report.pdf", b"%PDF-1.7\n" + bytes(4000), "application/pdf"
                ),
                "collection": Collection.get_first_root_node().pk,
            },
        )
    assert response.status_code == 302
    assert HubDocument.objects.get().extraction_status == ExtractionStatus.FAILED


def test_chooser_upload_refuses_a_corrupt_jpeg(admin_client, corrupt_jpeg):
    response = admin_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Broken",
            "image-chooser-upload-file": upload(corrupt_jpeg),
            "image-chooser-upload-collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()  # the form, shown again with the message
    assert not get_image_model().objects.exists()
