"""The hub's pages work in a real browser with its Content Security Policy enforced.

The `page` fixture fails a test on any violation Chromium reports; these tests open the pages
whose scripts and styles matter (and the admin, under its own policy) and use their scripts.
"""

import pytest
from csp.utils import build_policy
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests import factories
from tests.factories import FundingRoundFactory

from .tabs import BASE_URL, is_policy_violation

pytestmark = pytest.mark.django_db


def test_the_browser_reports_inline_code_the_public_policy_refuses(browser, settings):
    """The check the other tests rely on: inline code under the public policy is reported."""
    context = browser.new_context()
    tab = context.new_page()
    seen = []
    tab.on("console", lambda message: is_policy_violation(message) and seen.append(message.text))
    tab.route(
        f"{BASE_URL}/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            headers={"Content-Security-Policy": build_policy()},
            body='<p style="color: red">x</p><script>document.title = "ran"</script>',
        ),
    )
    tab.goto(f"{BASE_URL}/")
    tab.wait_for_load_state("load")
    title = tab.title()
    context.close()
    assert title != "ran"
    # Chromium words these "Refused to execute inline script…" or "Executing inline script
    # violates…" depending on its version; both name the Content Security Policy.
    assert any("inline script" in text for text in seen), seen
    assert any("inline style" in text for text in seen), seen


@pytest.fixture
def site(home_page, member, case_study_index, toolkit_index, lab_index):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Housing co-operatives in Rochdale", lead_member=member
    )
    return {"story": story, "lab_index": lab_index}


def test_public_pages_keep_to_the_policy(page, site):
    for path in ["/", site["story"].url, site["lab_index"].url, "/account/login/", "/nowhere/"]:
        page.goto(path)
        expect(page.locator("h1").first).to_be_visible()
    page.goto("/search/?q=housing")
    box = page.locator("#site-search-q")
    box.fill("")
    box.press_sequentially("housing", delay=20)
    expect(page.locator("#site-search-q-listbox")).to_be_visible()


def test_the_application_form_scripts_run_under_the_policy(page, site, member):
    funding_round = FundingRoundFactory(title="Policy labs 2024", slug="policy-labs-2024")
    page.goto(f"/apply/{funding_round.slug}/")
    summary = page.locator("textarea").first
    summary.fill("one two three")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    expect(page.locator(".error-summary, [role=alert]").first).to_be_visible()


def test_the_admin_and_the_userbar_work_under_the_admin_policy(page, client, site):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    page.goto("/admin/")
    expect(page.locator("main, #main").first).to_be_visible()
    page.goto(f"/admin/pages/{site['story'].pk}/edit/")
    expect(page.locator("form").first).to_be_visible()
    page.goto("/admin/documents/")
    expect(page.locator("main, #main").first).to_be_visible()
    # The Wagtail userbar on a public page, under the public policy.
    page.goto("/")
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.wait_for_load_state("networkidle")
