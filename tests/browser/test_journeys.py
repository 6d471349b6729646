"""What people come to the hub to do, done in a real browser from the first page they open:
a member finds a report's page by searching, a visitor follows a member's work, an applicant
applies for funding (and puts a mistake right without typing anything again)."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.models import Site

from accounts.roles import MEMBERS
from applications.models import Application
from core.models import SiteChrome
from tests import factories
from tests.factories import FundingRoundFactory
from tests.helpers.sample_files import pdf_bytes

pytestmark = pytest.mark.django_db


def sign_in(page, username, password, next_path="/"):
    page.goto(f"/account/login/?next={next_path}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.fixture
def report_with_a_finding_on_page_two(
    lab_index, member, django_capture_on_commit_callbacks, home_page
):
    """A published lab whose final report (a real PDF, its text extracted as an upload's is)
    says something on its second page alone, beside a story the same search finds."""
    with django_capture_on_commit_callbacks(execute=True):
        report = factories.DocumentFactory(
            title="Social prescribing lab final report",
            file=ContentFile(
                pdf_bytes(
                    [
                        "Social prescribing lab. Introduction and the partners who took part.",
                        "What we found: link workers made social prescribing work for tenants.",
                    ]
                ),
                name="social-prescribing-final-report.pdf",
            ),
        )
    health = factories.ThemeFactory(name="Health and care", slug="health-and-care")
    lab = factories.PolicyLabPageFactory(
        parent=lab_index,
        title="Social prescribing lab",
        lead_member=member,
        final_report=report,
        themes=[health],
    )
    lab.save_revision().publish()
    story_index = factories.CaseStudyIndexPageFactory(parent=home_page)
    factories.CaseStudyPageFactory(
        parent=story_index,
        title="Link workers in Rochdale",
        summary="How social prescribing started with one surgery.",
        lead_member=member,
    )
    return lab


def test_a_member_searches_narrows_and_opens_the_report_at_its_page(
    page, django_user_model, report_with_a_finding_on_page_two
):
    user = django_user_model.objects.create_user("ada", "ada@example.org", "a long passphrase")
    user.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])
    sign_in(page, "ada", "a long passphrase")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    box = page.locator("#site-search-q")
    box.fill("link workers")
    box.press("Enter")
    expect(page.locator("#search-results-heading")).to_contain_text("2 results")

    page.locator(".search-facets").get_by_role(
        "link", name=re.compile(r"^Health and care ")
    ).click()
    expect(page.locator("#search-results-heading")).to_contain_text("1 result")
    open_report = page.get_by_role("link", name=re.compile(r"^Open the document at page 2"))
    expect(open_report).to_have_attribute("href", re.compile(r"#page=2$"))

    with page.expect_response(re.compile(r"/documents/")) as served:
        open_report.click()
    assert served.value.status == 200
    assert served.value.headers["content-type"] == "application/pdf"
    assert served.value.request.url.endswith("#page=2") or page.url.endswith("#page=2")


def test_a_visitor_follows_a_member_to_its_case_studies_and_labs(page, member, lab_index):
    story_index = factories.CaseStudyIndexPageFactory(parent=member.get_parent().get_parent())
    story = factories.CaseStudyPageFactory(
        parent=story_index, title="Community energy in Rochdale", lead_member=member
    )
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Co-operative governance lab", lead_member=member
    )

    page.goto(member.url)
    expect(page.locator("h1")).to_have_text(member.title)
    page.get_by_role("link", name=story.title).click()
    expect(page.locator("h1")).to_have_text(story.title)
    page.get_by_role("link", name=member.title).first.click()
    expect(page.locator("h1")).to_have_text(member.title)
    page.get_by_role("link", name=lab.title).click()
    expect(page.locator("h1")).to_have_text(lab.title)
    expect(page.locator("main")).to_contain_text(member.title)


@pytest.fixture
def funding_call(home_page, member_index):
    """An open round, the members who can apply together and the navigation the demo has."""
    funding_round = FundingRoundFactory(title="Policy labs 2025", slug="policy-labs-2025")
    members = [
        factories.MemberPageFactory(parent=member_index, title=name)
        for name in (
            "Rochdale Borough Council",
            "Hackney Council",
            "Sunderland City Council",
            "Wigan Council",
        )
    ]
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.primary_navigation = [
        ("link", {"label": "Members", "page": member_index, "url": ""}),
        ("link", {"label": "Apply for funding", "page": None, "url": "/apply/"}),
    ]
    chrome.save()
    return funding_round, members


def test_an_applicant_finds_the_form_puts_a_mistake_right_and_is_told_it_was_sent(
    page, funding_call
):
    funding_round, _members = funding_call
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Apply for funding"
    ).click()
    expect(page.locator("h1")).to_have_text("Apply for funding")
    page.get_by_role("link", name=funding_round.title).click()
    expect(page.locator("h1")).to_have_text(f"Apply to {funding_round.title}")

    page.get_by_label("Your organisation's member profile").select_option(
        label="Rochdale Borough Council"
    )
    page.get_by_label("Lead councillor or officer").fill("Helen Chicot")
    page.get_by_label("Job title").fill("Prevention Lead")
    page.get_by_label("Contact telephone").fill("01706 925925")
    page.get_by_label("Contact email").fill("helen.example.org")  # the mistake
    page.get_by_label("Project title").fill("Democratising policy")
    page.get_by_label("How much funding are you applying for?").fill("£17,500")
    page.get_by_label(re.compile(r"^Summary of the project idea")).fill("A lab on engagement.")
    partners = page.get_by_role("group", name=re.compile(r"^Partner members from the hub"))
    for name in ("Hackney Council", "Sunderland City Council", "Wigan Council"):
        partners.get_by_label(name).check()
    page.get_by_label(re.compile(r"^What is your idea")).fill("Shared spaces for residents.")
    page.get_by_label(re.compile(r"^What outcomes")).fill("A model others can use.")
    page.get_by_label(re.compile(r"^How does your project support the aims")).fill("Co-production.")
    page.get_by_role("group", name=re.compile(r"^Which of the network's principles")).get_by_label(
        "Co-production"
    ).check()
    page.get_by_label(re.compile(r"^How does your project support the Statement")).fill(
        "Democracy in practice."
    )
    page.get_by_label(re.compile(r"^How will you share")).fill("A report for the hub.")
    page.locator("input[name=agrees_to_show_cooperative_difference]").check()
    page.get_by_role("button", name="Send application").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("There is a problem")
    assert Application.objects.count() == 0
    # Everything typed is still there; the summary's link takes the applicant to the mistake.
    expect(page.get_by_label("Project title")).to_have_value("Democratising policy")
    expect(partners.get_by_label("Wigan Council")).to_be_checked()
    summary.get_by_role("link").first.click()
    email = page.get_by_label("Contact email")
    expect(email).to_be_focused()
    email.fill("helen@example.org")
    page.get_by_role("button", name="Send application").click()

    expect(page.locator("h1")).to_have_text("Application sent")
    expect(page.locator("main")).to_contain_text("helen@example.org")
    application = Application.objects.get()
    assert application.project_title == "Democratising policy"
    assert application.partner_members.count() == 3
