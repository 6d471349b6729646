"""A real browser (Debian's Chromium, driven by Playwright) on the hub's real pages.

The browser talks to the application in this process (tests/browser/tabs.py). Set
CHROMIUM_PATH to use another Chromium; without one these tests are skipped.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from .tabs import chromium_path, open_tab


def pytest_itemcollected(item):
    """Every test here drives the browser: `make test TEST_SKIP=browser` leaves them out."""
    item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    path = chromium_path()
    if path is None:
        pytest.skip("No Chromium found (install Debian's chromium package or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop running in this thread, which Django
    # takes for async code and refuses database access from; the test code itself is synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()
        # While Playwright's loop runs, Django keeps this thread's connections apart from the
        # ones it opened before; close those now, or the test database cannot be dropped.
        connections.close_all()


@pytest.fixture
def page(browser, client):
    """A browser tab whose requests to BASE_URL are served by the hub in this process.

    The hub's Content Security Policy is enforced by the browser: a test fails when the page
    breaks it (Chromium reports each blocked script, style or request on the console).
    """
    context, tab, violations = open_tab(browser, client)
    yield tab
    context.close()
    assert not violations, "Content Security Policy violations:\n" + "\n".join(violations)


@pytest.fixture(scope="session")
def artifacts_dir():
    """Where browser tests write what a person may want to look at (screenshots): the directory
    TEST_ARTIFACTS_DIR names, else test-artifacts/ at the top of the project (git-ignored)."""
    path = Path(os.environ.get("TEST_ARTIFACTS_DIR") or Path(settings.BASE_DIR) / "test-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path
