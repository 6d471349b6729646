"""The demo content command: what it builds, that a second run changes nothing, and that every
page it builds renders.

The command is slow (it builds a whole site), so it runs once for this module inside a
transaction that is rolled back when the module's tests are done.
"""

import io
import re
from collections import Counter

import pypdf
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

from casestudies.models import CaseStudyPage
from contact.models import ContactPage
from core.models import Principle, SiteChrome, Theme
from demo.data.labs import LABS
from demo.data.members import MEMBER_ALIASES, MEMBERS, PARTNER_ORGANISATIONS
from demo.loader.case_studies import load_entries, plan_case_studies
from demo.loader.names import NameIndex
from home.models import HomePage, StandardPage
from labs.choices import LabStatus
from labs.models import PolicyLabPage
from members.choices import MemberType, OrganisationKind
from members.models import MemberPage, PartnerOrganisation
from toolkits.models import ToolkitPage

CASE_STUDY_TOTAL = 56
MODELS = (MemberPage, PartnerOrganisation, PolicyLabPage, CaseStudyPage, ToolkitPage, StandardPage)


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        stdout = io.StringIO()
        call_command("load_demo_content", stdout=stdout)
        yield stdout.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def counts():
    return {model.__name__: model.objects.count() for model in MODELS} | {
        "Page": Page.objects.count()
    }


def pdf_text(document):
    with document.open_file() as handle:
        reader = pypdf.PdfReader(io.BytesIO(handle.read()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def member_names():
    return NameIndex([member["name"] for member in MEMBERS], MEMBER_ALIASES)


# The data itself


def test_members_data_matches_the_2020_list():
    by_type = Counter(member["member_type"] for member in MEMBERS)
    assert by_type == {MemberType.FULL: 29, MemberType.ASSOCIATE: 17, MemberType.AFFILIATE: 23}
    assert len({member["name"] for member in MEMBERS}) == 69


def test_no_partner_organisation_is_a_member():
    names = member_names()
    assert [data["name"] for data in PARTNER_ORGANISATIONS if data["name"] in names] == []


def test_both_case_study_files_give_56_entries():
    assert len(load_entries()) == CASE_STUDY_TOTAL


def test_a_missing_case_study_file_is_skipped():
    entries = load_entries(("demo.data.case_studies_part1", "demo.data.no_such_module"))
    assert 0 < len(entries) < CASE_STUDY_TOTAL


# What the command builds


def test_summary_reports_what_was_created(demo):
    assert "member pages" in demo
    assert "created  69" in demo
    assert "Demo content ready" in demo


def test_members_by_type(demo):
    assert MemberPage.objects.count() == 69
    by_type = Counter(MemberPage.objects.values_list("member_type", flat=True))
    assert by_type == {MemberType.FULL: 29, MemberType.ASSOCIATE: 17, MemberType.AFFILIATE: 23}
    rochdale = MemberPage.objects.get(title="Rochdale Metropolitan Borough Council")
    assert rochdale.region.slug == "north-west"
    # No stand-in logo: a profile shows a logo only when comms upload the real one.
    assert rochdale.logo is None
    assert MemberPage.objects.get(title="Royal Society of Arts").region is None


def test_partner_organisations_are_not_members(demo):
    member_titles = set(MemberPage.objects.values_list("title", flat=True))
    for data in PARTNER_ORGANISATIONS:
        assert PartnerOrganisation.objects.filter(name=data["name"]).exists()
        assert data["name"] not in member_titles
    assert PartnerOrganisation.objects.get(name="Hackney Council").kind == (
        OrganisationKind.LOCAL_AUTHORITY
    )
    assert not PartnerOrganisation.objects.filter(name__in=member_titles).exists()


def test_case_study_partner_organisations_are_created_as_other(demo):
    names = member_names()
    listed = {data["name"] for data in PARTNER_ORGANISATIONS}
    extra = {
        name
        for entry in load_entries()
        for name in entry.get("partner_organisations", [])
        if name not in listed and name not in names
    }
    for name in extra:
        assert PartnerOrganisation.objects.get(name=name).kind == OrganisationKind.OTHER


def test_labs(demo):
    assert PolicyLabPage.objects.count() == 4
    governance = PolicyLabPage.objects.get(slug="co-operative-governance")
    assert governance.amount_awarded == 17500
    assert governance.lead_member.title == "Rochdale Metropolitan Borough Council"
    assert set(governance.partner_organisations.values_list("name", flat=True)) >= {
        "Hackney Council",
        "Anthony Collins Solicitors",
    }
    democratising = PolicyLabPage.objects.get(slug="democratising-policy-solutions")
    assert democratising.amount_awarded == 19760
    assert "Burntwood Town Council" in democratising.partner_members.values_list("title", flat=True)
    neighbourhoods = PolicyLabPage.objects.get(slug="co-operative-neighbourhoods")
    assert neighbourhoods.lead_member.title == "Stevenage Borough Council"
    assert neighbourhoods.round_label == "2018/19"


def test_an_open_funding_round_takes_bids(demo, client):
    from applications.models import FundingRound

    round_ = FundingRound.objects.get(slug="policy-labs-demonstration")
    assert round_ in FundingRound.objects.open()
    assert (round_.minimum_amount, round_.maximum_amount) == (10000, 20000)
    assert round_.minimum_partner_members == 3
    page = client.get(f"/apply/{round_.slug}/")
    assert page.status_code == 200
    assert b"Policy labs: demonstration round" in page.content


def test_completed_labs_have_a_readable_final_report(demo):
    completed = PolicyLabPage.objects.filter(status=LabStatus.COMPLETED)
    assert completed.count() == sum(lab["status"] == LabStatus.COMPLETED for lab in LABS) == 2
    for lab in completed:
        report = lab.final_report
        assert report is not None
        assert report.collection.name == lab.title
        text, pages = pdf_text(report)
        assert pages >= 2
        assert "co-operative difference" in text.lower()
        assert len(text.split()) > 600


def test_toolkit(demo):
    toolkit = ToolkitPage.objects.get()
    assert toolkit.originating_lab.slug == "co-operative-engagement-toolkit-tests"
    assert [step.value["title"] for step in toolkit.steps][0] == "Choose your challenge"
    assert len(toolkit.steps) == 7
    resource = toolkit.resources.get()
    text, _pages = pdf_text(resource.document)
    assert "checklist" in text.lower()
    rochdale_stories = CaseStudyPage.objects.filter(
        lead_member__title="Rochdale Metropolitan Borough Council"
    )
    assert set(toolkit.related_case_studies.all()) == set(rochdale_stories)


def test_case_studies(demo):
    assert CaseStudyPage.objects.count() == len(load_entries()) == CASE_STUDY_TOTAL
    assert CaseStudyPage.objects.filter(lead_member__isnull=True).count() == 0
    # No generated title cards: cards are typographic until comms upload real photographs.
    assert not get_image_model().objects.exists()
    block_types = {block.block_type for page in CaseStudyPage.objects.all() for block in page.body}
    assert {"heading", "paragraph", "key_figures", "quote"} <= block_types


def test_home_page_and_navigation(demo):
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(pk=site.root_page_id)
    assert home.introduction
    assert 3 <= home.featured_case_studies.count() <= 4
    chrome = SiteChrome.for_site(site)
    labels = [link.value["label"] for link in chrome.primary_navigation]
    assert {"Case studies", "Toolkits", "Policy labs", "Members", "About", "Join us"} <= set(labels)
    footer = {link.value["label"]: link.value.href() for link in chrome.footer_navigation}
    assert {"Accessibility statement", "Privacy notice", "Cookies"} <= set(footer)
    contact_page = ContactPage.objects.live().get()
    assert footer["Contact us"] == contact_page.url
    assert contact_page.introduction and contact_page.confirmation
    assert chrome.contact_email == "comms@councils.coop"
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {
        "about",
        "values-and-principles",
        "join-us",
        "accessibility-statement",
        "privacy",
        "cookies",
    }


def test_search_and_reference_indexes_are_updated(demo):
    results = CaseStudyPage.objects.live().search("Preston Model")
    assert "The Preston Model" in [page.title for page in results]
    lab = PolicyLabPage.objects.filter(final_report__isnull=False).first()
    references = ReferenceIndex.get_references_to(lab.final_report)
    assert lab.pk in [int(reference.object_id) for reference in references]


def test_every_page_is_live_with_a_published_revision(demo):
    pages = Page.objects.filter(depth__gt=1)
    assert pages.count() > 130
    assert not pages.filter(live=False).exists()
    assert not pages.filter(live_revision__isnull=True).exists()


# Running it again


def test_second_run_creates_nothing_and_keeps_edits(demo):
    member = MemberPage.objects.get(title="Stevenage Borough Council")
    member.title = "Stevenage Borough Council (edited)"
    member.save_revision().publish()
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.footer_text = "<p>Edited by comms.</p>"
    chrome.save()
    before = counts()

    stdout = io.StringIO()
    call_command("load_demo_content", stdout=stdout)

    assert counts() == before
    assert "created 0 items" in stdout.getvalue()
    member.refresh_from_db()
    assert member.title == "Stevenage Borough Council (edited)"
    chrome.refresh_from_db()
    assert chrome.footer_text == "<p>Edited by comms.</p>"


def test_a_deleted_page_is_created_again(demo):
    CaseStudyPage.objects.get(slug="the-preston-model").delete()
    before = counts()

    stdout = io.StringIO()
    call_command("load_demo_content", stdout=stdout)

    assert counts()["CaseStudyPage"] == before["CaseStudyPage"] + 1 == CASE_STUDY_TOTAL
    assert re.search(r"case studies\s+created\s+1, already present\s+55", stdout.getvalue())


# Bad data fails loudly


def vocabularies():
    return (
        {theme.slug: theme for theme in Theme.objects.all()},
        {principle.number: principle for principle in Principle.objects.all()},
    )


def entry(**overrides):
    return {
        "title": "A story",
        "lead": "Rochdale Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": "What happened.",
        "themes": ["housing"],
        "principles": [3],
        "body": [("paragraph", "<p>Text.</p>")],
    } | overrides


@pytest.mark.django_db
def test_unknown_lead_is_named_in_the_error():
    with pytest.raises(CommandError, match="Nowhere Council"):
        plan_case_studies([entry(lead="Nowhere Council")], member_names(), *vocabularies())


@pytest.mark.django_db
def test_unknown_partner_member_is_named_in_the_error():
    with pytest.raises(CommandError, match="Atlantis Council"):
        plan_case_studies(
            [entry(partner_members=["Atlantis Council"])], member_names(), *vocabularies()
        )


@pytest.mark.django_db
def test_member_named_as_partner_organisation_becomes_partner_member():
    (plan,) = plan_case_studies(
        [entry(partner_organisations=["RSA", "Greenwich Co-operative Development Agency"])],
        member_names(),
        *vocabularies(),
    )
    assert plan.lead == "Rochdale Metropolitan Borough Council"
    assert plan.partner_members == ["Royal Society of Arts"]
    assert plan.partner_organisations == ["Greenwich Co-operative Development Agency"]


@pytest.mark.django_db
def test_bad_body_block_is_reported():
    with pytest.raises(CommandError, match="A story"):
        plan_case_studies([entry(body=[("video", "x")])], member_names(), *vocabularies())


# Rendering


def test_every_page_renders(demo, client):
    failures = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
    assert failures == []


def test_one_page_of_each_type_opens_in_the_editor(demo, client, django_user_model):
    editor = django_user_model.objects.create_superuser("demo-editor", "editor@example.org", "x")
    client.force_login(editor)
    pages = Page.objects.filter(depth__gt=1).order_by("content_type_id", "path")
    first_of_each_type = {}
    for page in pages:
        first_of_each_type.setdefault(page.content_type_id, page)
    assert len(first_of_each_type) == 11
    for page in first_of_each_type.values():
        response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200, page.url_path
