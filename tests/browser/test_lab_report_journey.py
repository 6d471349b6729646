"""A lab's final report from upload to search, in a real browser: the lab lead signs in, uploads
the report from the page editor's document chooser and submits the page for moderation; comms
approve it; then anyone can open the report and search finds a word on its second page."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from accounts.roles import COMMS_TEAM
from labs.access import add_lab_lead
from labs.models import PolicyLabPage
from tests import factories
from tests.helpers.sample_files import pdf_bytes

pytestmark = pytest.mark.django_db

REPORT = pdf_bytes(
    [
        "Community wealth lab: final report. Who took part and how the lab was run.",
        "Findings: the anchor institutions moved their spending to local cooperatives, "
        "and the procurement savings were reinvested in apprenticeships.",
    ]
)


@pytest.fixture
def lab_and_people(lab_index, member, django_user_model):
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Community wealth lab", lead_member=member
    )
    lab.save_revision().publish()
    lead = django_user_model.objects.create_user(
        "lead", "lead@example.org", "lead passphrase", first_name="Lee", last_name="Lead"
    )
    add_lab_lead(lab, lead)
    comms = django_user_model.objects.create_user(
        "comms", "comms@example.org", "comms passphrase", first_name="Casey", last_name="Comms"
    )
    comms.groups.add(Group.objects.get(name=COMMS_TEAM))
    return lab, lead, comms


def sign_in(page, username, password):
    page.goto("/account/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def workflow_state(lab, status):
    return WorkflowState.objects.filter(object_id=str(lab.pk), status=status).first()


def eventually(page, check, seconds=10):
    """What `check` returns once it is true, while the browser goes on (its requests are
    answered in this thread, between Playwright's calls)."""
    for _ in range(seconds * 5):
        if found := check():
            return found
        page.wait_for_timeout(200)
    raise AssertionError(f"{check} never held")


def open_more_actions(page):
    page.get_by_role("button", name="More actions").click()


def test_a_lab_lead_uploads_the_report_comms_approve_and_search_finds_page_two(
    page, client, lab_and_people, django_capture_on_commit_callbacks
):
    lab, lead, comms = lab_and_people

    # The lead: sign in, upload the report from the editor's chooser, submit for approval.
    sign_in(page, "lead", "lead passphrase")
    page.goto(f"/admin/pages/{lab.pk}/edit/")
    field = page.locator('[data-contentpath="final_report"]')
    field.get_by_role("button", name=re.compile(r"Choose a document")).click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    with django_capture_on_commit_callbacks(execute=True):
        modal.locator("input[type=file]").set_input_files(
            {
                "name": "community-wealth-final-report.pdf",
                "mimeType": "application/pdf",
                "buffer": REPORT,
            }
        )
        title = modal.get_by_role("textbox", name=re.compile(r"Title"))
        title.fill("Community wealth lab final report")
        modal.get_by_role("button", name="Upload").click()
        expect(field).to_contain_text("Community wealth lab final report")
    open_more_actions(page)
    page.get_by_role("button", name=re.compile(r"^Submit to Comms")).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))  # the explorer, once saved
    eventually(page, lambda: workflow_state(lab, "in_progress"))
    assert not PolicyLabPage.objects.get(pk=lab.pk).final_report  # not yet: awaiting comms

    # Comms: approve from the editor.
    client.logout()
    sign_in(page, "comms", "comms passphrase")
    page.goto(f"/admin/pages/{lab.pk}/edit/")
    open_more_actions(page)
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))  # the explorer, once saved
    assert eventually(page, lambda: workflow_state(lab, WorkflowState.STATUS_APPROVED))

    # Anyone: the report is on the lab's page, opens, and a word on its second page finds it.
    client.logout()
    page.goto(lab.url)
    reports = page.get_by_role("region", name="Reports and outputs")
    expect(reports).to_contain_text("Community wealth lab final report")
    expect(reports.get_by_role("link", name=re.compile(r"^Final report"))).to_be_visible()
    expect(reports).not_to_contain_text("Members only")
    page.goto("/search/?q=apprenticeships")
    open_report = page.get_by_role("link", name=re.compile(r"^Open the document at page 2"))
    expect(open_report).to_have_attribute("href", re.compile(r"#page=2$"))
    with page.expect_response(re.compile(r"/documents/")) as served:
        open_report.click()
    assert served.value.status == 200
    assert served.value.headers["content-type"] == "application/pdf"
