"""Documents live outside every publicly served location; only the serve view sends them.

Images stay public: served under MEDIA_URL in development, or by Django itself with SERVE_MEDIA
on a single box, with long cache headers; never documents.
"""

import importlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from wagtail.models import Collection, CollectionViewRestriction

import hub.urls
from documents.models import HubDocument
from tests import factories

SECRET = b"%PDF-1.4 unpublished findings"


@pytest.fixture
def roots(settings, tmp_path):
    """Files on disk as in development: images under MEDIA_ROOT, documents in DOCUMENTS_ROOT."""
    media_root, documents_root = tmp_path / "media", tmp_path / "private-media"
    settings.MEDIA_ROOT = media_root
    settings.DOCUMENTS_ROOT = documents_root
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media_root)},
        },
        "documents": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(documents_root), "base_url": "/documents/"},
        },
    }
    return media_root, documents_root


def reload_urls():
    importlib.reload(hub.urls)
    clear_url_caches()


@pytest.fixture
def dev_urls(settings):
    """The URL configuration as `manage.py runserver` builds it under hub.settings.dev."""
    settings.DEBUG = True
    reload_urls()
    yield
    settings.DEBUG = False
    reload_urls()


@pytest.fixture
def private_document(db, roots, lab_index, member):
    """A document in a signed-in-only collection, published by a live page that uses it."""
    collection = Collection.get_first_root_node().add_child(name="Signed-in only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = factories.DocumentFactory(
        title="Unpublished report",
        collection=collection,
        file=ContentFile(SECRET, name="unpublished-report.pdf"),
    )
    factories.PolicyLabPageFactory(
        parent=lab_index, title="Reporting lab", lead_member=member, final_report=document
    )
    return HubDocument.objects.get(pk=document.pk)


@pytest.fixture
def signed_in_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    return client


def body(response):
    return b"".join(response.streaming_content)


def test_a_private_document_is_not_plain_media_under_the_development_settings(
    client, private_document, dev_urls
):
    response = client.get(f"/media/{private_document.file.name}")
    assert response.status_code == 404


def test_a_documents_file_is_stored_outside_media_root(private_document, roots):
    media_root, documents_root = roots
    path = Path(private_document.file.path).resolve()
    assert documents_root.resolve() in path.parents
    assert media_root.resolve() not in path.parents
    assert path.read_bytes() == SECRET


def test_the_serve_view_still_sends_it_to_someone_allowed(signed_in_client, private_document):
    response = signed_in_client.get(private_document.url)
    assert response.status_code == 200
    assert body(response) == SECRET


def test_the_serve_view_still_refuses_an_anonymous_visitor(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


# The nginx hand-over (X-Accel-Redirect)


def test_with_nginx_the_serve_view_hands_the_file_to_the_internal_location(
    settings, signed_in_client, private_document
):
    settings.DOCUMENTS_SENDFILE = "nginx"
    response = signed_in_client.get(private_document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-documents/{private_document.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert "unpublished-report.pdf" in response["Content-Disposition"]


def test_with_nginx_the_checks_still_come_first(settings, client, private_document):
    settings.DOCUMENTS_SENDFILE = "nginx"
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert not response.has_header("X-Accel-Redirect")


def publish(document, lab_index, member):
    """Documents are served once a live page uses them."""
    factories.PolicyLabPageFactory(
        parent=lab_index,
        title=f"Lab using {document.pk}",
        lead_member=member,
        final_report=document,
    )


def test_the_internal_location_is_configurable_and_names_are_quoted(
    settings, signed_in_client, roots, lab_index, member
):
    settings.DOCUMENTS_SENDFILE = "nginx"
    settings.DOCUMENTS_SENDFILE_URL = "/internal/docs"
    document = factories.DocumentFactory(file=ContentFile(b"x", name="résumé.txt"))
    publish(document, lab_index, member)
    response = signed_in_client.get(document.url)
    assert response["X-Accel-Redirect"].startswith("/internal/docs/documents/r%C3%A9sum%C3%A9")


def test_nginx_is_never_handed_a_file_outside_the_documents_root(settings, rf, roots):
    from django.http import Http404

    from documents.sendfile import nginx_sendfile

    media_root, _ = roots
    media_root.mkdir(parents=True, exist_ok=True)
    (media_root / "elsewhere.txt").write_bytes(b"x")
    with pytest.raises(Http404):
        nginx_sendfile(rf.get("/"), str(media_root / "elsewhere.txt"))


# A bucket: the serve view redirects to the storage's signed address, after its checks


@pytest.fixture
def bucket_like_storage(settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {
            "BACKEND": "django.core.files.storage.InMemoryStorage",
            "OPTIONS": {"base_url": "https://documents.bucket.example/signed/"},
        },
    }


def test_from_a_bucket_the_redirect_to_the_file_comes_only_after_the_checks(
    client, django_user_model, bucket_like_storage, lab_index, member
):
    collection = Collection.get_first_root_node().add_child(name="Signed-in only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = factories.DocumentFactory(
        collection=collection, file=ContentFile(SECRET, name="report.pdf")
    )
    publish(document, lab_index, member)
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert "documents.bucket.example" not in anonymous["Location"]

    client.force_login(django_user_model.objects.create_user("reader"))
    allowed = client.get(document.url)
    assert allowed.status_code == 302
    assert allowed["Location"].startswith("https://documents.bucket.example/signed/documents/")


# Public images under MEDIA_URL


@pytest.fixture
def rendition(db, roots):
    image = factories.ImageFactory()
    return image.get_rendition("fill-80x60")


def test_without_serve_media_production_leaves_media_to_the_web_server(client, rendition):
    assert client.get(rendition.url).status_code == 404


def test_serve_media_serves_images_with_long_cache_headers(settings, client, rendition):
    settings.SERVE_MEDIA = True
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
    assert "public" in response["Cache-Control"]
    assert f"max-age={settings.MEDIA_CACHE_MAX_AGE}" in response["Cache-Control"]
    assert client.get(rendition.image.file.url).status_code == 200


def test_serve_media_never_serves_documents(settings, client, private_document, roots):
    settings.SERVE_MEDIA = True
    media_root, _ = roots
    # Even a file left behind under MEDIA_ROOT by an old installation stays unserved.
    left_behind = media_root / "documents" / "old-report.pdf"
    left_behind.parent.mkdir(parents=True, exist_ok=True)
    left_behind.write_bytes(SECRET)
    assert client.get("/media/documents/old-report.pdf").status_code == 404
    assert client.get(f"/media/{private_document.file.name}").status_code == 404
    assert client.get("/media/images/../documents/old-report.pdf").status_code == 404
    assert client.get("/media/images/%2e%2e/documents/old-report.pdf").status_code == 404


def test_development_serves_images_too(client, rendition, dev_urls):
    assert client.get(rendition.url).status_code == 200
