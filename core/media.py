"""Where uploaded files live and which of them are public.

Images and their renditions are public: a web server, a CDN or (for a single box) this module's
view serves them under MEDIA_URL. Documents live in a storage of their own, outside MEDIA_ROOT
and MEDIA_URL, and only Wagtail's document serve view sends them, after its privacy checks.
How production serves both is described in docs/media.md.
"""

import re
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404
from django.urls import re_path
from django.utils.cache import patch_cache_control
from django.views.static import serve

# The folders of the default storage that hold public files: Wagtail's original images, their
# renditions and the admin's avatars. Anything else under MEDIA_ROOT is never served.
PUBLIC_MEDIA_FOLDERS = ("original_images", "images", "avatar_images")

# How the document serve view hands over a file on local disk (documents.sendfile).
DOCUMENTS_SENDFILE_METHODS = ("streaming", "nginx")

S3_BACKEND = "storages.backends.s3.S3Storage"
# The prefix of the documents in the media bucket when no separate documents bucket is named.
PRIVATE_DOCUMENTS_LOCATION = "private"


def media_storages(
    *,
    media_root,
    documents_root,
    bucket=None,
    documents_bucket=None,
    endpoint_url=None,
    region_name=None,
    custom_domain=None,
    documents_url_expiry=300,
    media_cache_max_age=7 * 24 * 3600,
):
    """Django's STORAGES: "default" for images (public), "documents" for documents (private).

    Local disk: documents go under `documents_root`, which must not be MEDIA_ROOT or inside it.
    S3: images are public-read objects with long cache headers and plain (unsigned) URLs, on
    `custom_domain` (a CDN) when set; documents are private objects in `documents_bucket`, or
    under a private prefix of `bucket`, reached only through signed URLs that expire after
    `documents_url_expiry` seconds.
    """
    if not bucket:
        media_root = Path(media_root).resolve()
        documents_root = Path(documents_root).resolve()
        if documents_root == media_root or media_root in documents_root.parents:
            raise ImproperlyConfigured(
                f"DOCUMENTS_ROOT ({documents_root}) must be outside MEDIA_ROOT ({media_root}): "
                "everything under MEDIA_ROOT may be served publicly."
            )
        return {
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(media_root)},
            },
            "documents": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                # Not MEDIA_URL: a document has no public address of its own, only the serve
                # view's (/documents/<id>/<name>); this base gives addresses that match nothing.
                "OPTIONS": {"location": str(documents_root), "base_url": "/documents/"},
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }

    connection = {"endpoint_url": endpoint_url, "region_name": region_name}
    return {
        "default": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **connection,
                "bucket_name": bucket,
                "default_acl": "public-read",
                "querystring_auth": False,
                "file_overwrite": False,
                "custom_domain": custom_domain or None,
                "object_parameters": {"CacheControl": f"public, max-age={media_cache_max_age}"},
            },
        },
        "documents": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **connection,
                "bucket_name": documents_bucket or bucket,
                "location": "" if documents_bucket else PRIVATE_DOCUMENTS_LOCATION,
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": documents_url_expiry,
                "file_overwrite": False,
                # A custom domain (a CDN) would give unsigned, public addresses.
                "custom_domain": None,
                "object_parameters": {"CacheControl": "private, no-store"},
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def is_public_media(path):
    """Whether a path under MEDIA_URL names a public file (an image, a rendition, an avatar)."""
    parts = PurePosixPath(path).parts
    return len(parts) > 1 and parts[0] in PUBLIC_MEDIA_FOLDERS and ".." not in parts


def serve_public_media(request, path):
    """Serve a public image from MEDIA_ROOT, in development or when SERVE_MEDIA is on.

    Production normally leaves this to the web server or a CDN (docs/media.md); this view is for
    development and for a single box without one. Documents are never under MEDIA_ROOT, and
    nothing outside the public folders is served even if it is there.
    """
    if not (settings.DEBUG or settings.SERVE_MEDIA) or not is_public_media(path):
        raise Http404("No such image.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=settings.MEDIA_CACHE_MAX_AGE)
    return response


def media_urlpatterns():
    """The route for MEDIA_URL when it is a path on this site (not a bucket or CDN address).

    Always present, so a page can never be published at an address the web server keeps for
    images; the view answers only in development or with SERVE_MEDIA.
    """
    prefix = settings.MEDIA_URL
    if not prefix.startswith("/") or prefix.startswith("//"):
        return []
    return [re_path(rf"^{re.escape(prefix.lstrip('/'))}(?P<path>.+)$", serve_public_media)]
