"""A browser tab whose requests to BASE_URL the hub in this process answers.

Every request the tab makes to http://hub.test/ is answered by Django's test client (static files
by the staticfiles finders), so the test data stays inside the test's transaction on SQLite and
PostgreSQL alike and no server thread is needed. The `browser` and `page` fixtures
(tests/browser/conftest.py) are built on it.
"""

import html
import mimetypes
import os
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.db import connections

from core.media import PUBLIC_MEDIA_FOLDERS

BASE_URL = "http://hub.test"
# Headers the test client sets itself (the cookie jar is its own) or derives from the body.
FORWARDED_BY_THE_CLIENT = {"cookie", "host", "content-length", "content-type"}
REDIRECTS = {301, 302, 303, 307, 308}


def chromium_path():
    for candidate in (os.environ.get("CHROMIUM_PATH"), "chromium", "chromium-browser"):
        if candidate and (
            found := shutil.which(candidate) or (Path(candidate).is_file() and candidate)
        ):
            return str(found)
    return None


def _answer(client, shared_connections, route):
    # Route handlers run in another asyncio context, which Django would give connections of its
    # own; hand them the test's, as Django's live server thread does, so they see its data.
    for alias, connection in shared_connections.items():
        connections[alias] = connection
    request = route.request
    url = urlsplit(request.url)
    if url.path.startswith(settings.STATIC_URL):
        found = finders.find(url.path.removeprefix(settings.STATIC_URL))
        if not found:
            route.fulfill(status=404, body="")
            return
        content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
        route.fulfill(status=200, body=Path(found).read_bytes(), content_type=content_type)
        return
    if url.path.startswith(settings.MEDIA_URL):
        # Pictures, as the web server or CDN serves them (core/media.py), from the test storage.
        name = url.path.removeprefix(settings.MEDIA_URL)
        if name.split("/")[0] in PUBLIC_MEDIA_FOLDERS and default_storage.exists(name):
            with default_storage.open(name) as picture:
                body = picture.read()
            content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=body, content_type=content_type)
            return
    path = url.path + (f"?{url.query}" if url.query else "")
    # The browser's headers (the admin's scripts say what they accept and that they fetch), and
    # its host, so absolute addresses the hub builds (the Wagtail userbar's) match the page's
    # origin, as they do in a real deployment. The test client keeps the session's cookies.
    headers = {
        name: value
        for name, value in request.headers.items()
        if name.lower() not in FORWARDED_BY_THE_CLIENT
    }
    headers["host"] = url.netloc
    if request.method == "POST":
        response = client.post(
            path,
            # Bytes as sent: a file upload's body is not text.
            data=request.post_data_buffer or b"",
            content_type=request.headers.get("content-type", ""),
            headers=headers,
        )
    else:
        response = client.get(path, headers=headers)
    headers = dict(response.items())
    if response.streaming:  # a file, such as a document
        body = b"".join(response.streaming_content)
        response.close()
    else:
        body = response.content
    if request.is_navigation_request() and response.status_code in REDIRECTS:
        # Chromium sends the request that follows a fulfilled redirect to the network, past the
        # route (it cannot resolve hub.test), so the browser is told to go there itself; a
        # refresh after no delay replaces the history entry as a redirect does.
        target = html.escape(urljoin(request.url, headers["Location"]))
        body = f'<meta http-equiv="refresh" content="0;url={target}">'.encode()
        route.fulfill(status=200, body=body, content_type="text/html")
        return
    route.fulfill(status=response.status_code, body=body, headers=headers)


def is_policy_violation(message):
    return "Refused to" in message.text or "Content Security Policy" in message.text


def open_tab(browser, client, **context_options):
    """A new browser context and tab whose requests to BASE_URL the hub answers through
    `client`: (context, tab, violations), the last a list of the Content Security Policy
    violations Chromium reports on the console. Close the context when done."""
    context = browser.new_context(base_url=BASE_URL, **context_options)
    tab = context.new_page()
    violations = []
    tab.on(
        "console",
        lambda message: violations.append(message.text) if is_policy_violation(message) else None,
    )
    shared = {alias: connections[alias] for alias in connections}
    tab.route(f"{BASE_URL}/**", lambda route: _answer(client, shared, route))
    # Nothing leaves the machine: any other address is refused.
    tab.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith(BASE_URL) else route.fallback()
        ),
    )
    return context, tab, violations
