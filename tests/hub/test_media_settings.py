"""Where files go, from the environment: images public, documents private, on disk or in S3."""

import json
import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from storages.backends.s3 import S3Storage

from core.media import media_storages
from tests.helpers.environment import PRODUCTION_ENV, ROOT

S3 = {
    "bucket": "hub-media",
    "endpoint_url": None,
    "region_name": "eu-west-2",
    "custom_domain": "media.hub.example.org",
    "documents_url_expiry": 120,
    "media_cache_max_age": 604800,
}


def local(tmp_path, **kwargs):
    return media_storages(
        media_root=tmp_path / "media", documents_root=tmp_path / "private-media", **kwargs
    )


def test_on_disk_documents_have_a_root_of_their_own(tmp_path):
    storages = local(tmp_path)
    assert storages["default"]["OPTIONS"]["location"] == str((tmp_path / "media").resolve())
    documents = storages["documents"]["OPTIONS"]
    assert documents["location"] == str((tmp_path / "private-media").resolve())
    assert not documents["base_url"].startswith("/media/")


@pytest.mark.parametrize("inside", ["media", "media/documents"])
def test_documents_inside_media_root_are_refused(tmp_path, inside):
    with pytest.raises(ImproperlyConfigured, match="must be outside MEDIA_ROOT"):
        media_storages(media_root=tmp_path / "media", documents_root=tmp_path / inside)


def test_in_a_bucket_images_are_public_and_long_lived():
    images = media_storages(media_root="/m", documents_root="/d", **S3)["default"]
    assert images["BACKEND"] == "storages.backends.s3.S3Storage"
    options = images["OPTIONS"]
    assert options["bucket_name"] == "hub-media"
    assert options["default_acl"] == "public-read"
    assert options["querystring_auth"] is False
    assert options["custom_domain"] == "media.hub.example.org"
    assert options["object_parameters"]["CacheControl"] == "public, max-age=604800"


def test_in_a_bucket_documents_are_private_with_short_signed_urls():
    documents = media_storages(media_root="/m", documents_root="/d", **S3)["documents"]
    options = documents["OPTIONS"]
    assert options["bucket_name"] == "hub-media"
    assert options["location"] == "private"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["querystring_expire"] == 120
    assert options["custom_domain"] is None
    assert "no-store" in options["object_parameters"]["CacheControl"]


def test_a_separate_documents_bucket_holds_them_at_its_root():
    storages = media_storages(
        media_root="/m", documents_root="/d", documents_bucket="hub-documents", **S3
    )
    assert storages["documents"]["OPTIONS"]["bucket_name"] == "hub-documents"
    assert storages["documents"]["OPTIONS"]["location"] == ""
    assert storages["default"]["OPTIONS"]["bucket_name"] == "hub-media"


def test_the_storages_give_signed_document_urls_and_plain_image_urls(settings):
    # Even with a custom domain set globally, documents' addresses stay signed.
    settings.AWS_S3_CUSTOM_DOMAIN = "media.hub.example.org"
    credentials = {"access_key": "AKIAEXAMPLE", "secret_key": "not-a-secret"}
    storages = media_storages(media_root="/m", documents_root="/d", **S3)
    images = S3Storage(**storages["default"]["OPTIONS"], **credentials)
    documents = S3Storage(**storages["documents"]["OPTIONS"], **credentials)

    image_url = images.url("images/tile.fill-80x60.jpg")
    assert image_url == "https://media.hub.example.org/images/tile.fill-80x60.jpg"

    document_url = documents.url("documents/report.pdf")
    assert "media.hub.example.org" not in document_url
    assert "/private/documents/report.pdf?" in document_url
    assert "X-Amz-Signature=" in document_url
    assert "X-Amz-Expires=120" in document_url


def production_value(expression, **env):
    code, output = load_settings_expression(expression, **{**PRODUCTION_ENV, **env})
    assert code == 0, output
    return json.loads(output.strip().splitlines()[-1])


def load_settings_expression(expression, **env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "DOCUMENTS_", "MEDIA_", "SERVE_MEDIA"))
        and key not in {*PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json, hub.settings.production as s; print(json.dumps({expression}))",
        ],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, result.stdout + result.stderr


def test_production_on_disk_sends_documents_through_the_serve_view(tmp_path):
    value = production_value(
        "[s.WAGTAILDOCS_SERVE_METHOD, s.SENDFILE_BACKEND, s.DOCUMENTS_SENDFILE,"
        " s.STORAGES['documents']['OPTIONS']['location'], s.SERVE_MEDIA]",
        MEDIA_ROOT=str(tmp_path / "media"),
        DOCUMENTS_ROOT=str(tmp_path / "private"),
    )
    assert value == [
        "serve_view",
        "documents.sendfile",
        "streaming",
        str((tmp_path / "private").resolve()),
        False,
    ]


def test_production_with_a_bucket_redirects_to_signed_urls_after_the_checks():
    value = production_value(
        "[s.WAGTAILDOCS_SERVE_METHOD, s.STORAGES['documents']['OPTIONS']['querystring_auth'],"
        " s.STORAGES['default']['OPTIONS']['default_acl']]",
        AWS_STORAGE_BUCKET_NAME="hub-media",
    )
    assert value == ["redirect", True, "public-read"]


def test_production_refuses_documents_inside_media_root(tmp_path):
    code, output = load_settings_expression(
        "1",
        **PRODUCTION_ENV,
        MEDIA_ROOT=str(tmp_path),
        DOCUMENTS_ROOT=str(tmp_path / "documents"),
    )
    assert code != 0
    assert "must be outside MEDIA_ROOT" in output


def test_an_unknown_sendfile_method_is_refused():
    code, output = load_settings_expression("1", **PRODUCTION_ENV, DOCUMENTS_SENDFILE="apache")
    assert code != 0
    assert "DOCUMENTS_SENDFILE must be one of streaming, nginx" in output
