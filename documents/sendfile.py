"""How Wagtail's document serve view sends a file from local disk (settings.SENDFILE_BACKEND).

The view calls this only after its privacy checks. settings.DOCUMENTS_SENDFILE chooses:

- "streaming": Django streams the file (Wagtail's own streaming backend); fine for one box.
- "nginx": an empty response whose X-Accel-Redirect header names the file under the internal
  nginx location settings.DOCUMENTS_SENDFILE_URL, which maps to DOCUMENTS_ROOT; nginx then
  sends the bytes. The location must be `internal` so no one can ask for it directly
  (docs/media.md).

Wagtail's wrapper adds Content-Type, Content-Disposition and Content-Length afterwards.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse
from wagtail.utils import sendfile_streaming_backend


def sendfile(request, filename, **kwargs):
    if settings.DOCUMENTS_SENDFILE == "nginx":
        return nginx_sendfile(request, filename, **kwargs)
    return sendfile_streaming_backend.sendfile(request, filename, **kwargs)


def nginx_sendfile(request, filename, **kwargs):
    root = Path(settings.DOCUMENTS_ROOT).resolve()
    path = Path(filename).resolve()
    if root not in path.parents:
        # Only documents are handed to nginx, and only from where the location points.
        raise Http404("This file is not in the documents storage.")
    location = settings.DOCUMENTS_SENDFILE_URL.rstrip("/")
    response = HttpResponse()
    response["X-Accel-Redirect"] = quote(f"{location}/{path.relative_to(root).as_posix()}")
    return response
