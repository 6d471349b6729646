"""import_labs, import_toolkits and import_partner_organisations: JSON in, pages and snippets
out, re-runnable, with bad records skipped for a reason."""

from decimal import Decimal

import pytest

from casestudies.models import CaseStudyPage
from labs.choices import LabKind, LabStatus
from labs.models import PolicyLabPage
from members.choices import OrganisationKind
from members.models import PartnerOrganisation
from tests import factories
from toolkits.models import ToolkitPage

pytestmark = pytest.mark.django_db


def lab(**overrides):
    return {
        "title": "Co-operative Governance",
        "slug": "co-operative-governance",
        "organisation": "Rochdale MBC",
        "partner_organisation": ["Hackney Council", "Anthony Collins Solicitors"],
        "kind": "Policy lab",
        "round_year": 2024,
        "amount_awarded": "17,500",
        "status": "Funded",
        "summary": "Councils learn what brave and inclusive governance takes.",
        "aims_and_outcomes": "The lab aims to:\n\n- gather evidence\n- share it",
        "cooperative_difference": "Governance made *co-operative*.",
        "themes": ["housing"],
        "principles": [1, 2],
        "contacts": [{"name": "Helen Chicot", "role": "Prevention Lead"}],
    } | overrides


@pytest.fixture
def labs_setting(lab_index, rochdale, housing, member_index):
    return {"hackney": factories.MemberPageFactory(parent=member_index, title="Hackney Council")}


def test_a_lab_is_created_published_with_its_partners(run_command, labs_setting, rochdale):
    stdout, _ = run_command("import_labs", [lab()])
    assert "1 created" in stdout, stdout
    page = PolicyLabPage.objects.get()
    assert page.live and page.slug == "co-operative-governance"
    assert page.lead_member == rochdale
    assert list(page.partner_members.all()) == [labs_setting["hackney"]]
    assert [p.name for p in page.partner_organisations.all()] == ["Anthony Collins Solicitors"]
    assert (page.kind, page.status, page.amount_awarded) == (
        LabKind.POLICY_LAB,
        LabStatus.FUNDED,
        Decimal("17500.00"),
    )
    assert "<li>gather evidence</li>" in page.aims_and_outcomes
    assert page.collection is not None  # the lab's own, for its leads' uploads
    assert [c.name for c in page.contacts.all()] == ["Helen Chicot"]


def test_a_lab_again_changes_nothing_and_a_change_is_a_new_revision(run_command, labs_setting):
    run_command("import_labs", [lab()])
    stdout, _ = run_command("import_labs", [lab()])
    assert "0 created, 0 updated, 1 unchanged" in stdout
    stdout, _ = run_command("import_labs", [lab(status="Completed")])
    assert "1 updated" in stdout and "changed status" in stdout
    page = PolicyLabPage.objects.get()
    assert page.status == LabStatus.COMPLETED and page.revisions.count() == 2


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"organisation": "Nowhere Council"}, "matches no member profile"),
        ({"kind": "Summit"}, "kind 'Summit' is not one of: Policy lab, Policy prototype"),
        ({"amount_awarded": "lots"}, "amount_awarded must be an amount"),
        ({"slug": "Not A Slug"}, "must be lower-case letters, digits and hyphens"),
        ({"round_year": ""}, "a new lab needs round_year"),
    ],
)
def test_a_bad_lab_is_skipped_for_a_reason(run_command, labs_setting, overrides, message):
    stdout, _ = run_command("import_labs", [lab(**overrides)])
    assert message in stdout
    assert not PolicyLabPage.objects.exists()


def toolkit(**overrides):
    return {
        "title": "Co-operative Engagement toolkit",
        "slug": "co-operative-engagement",
        "summary": "A seven-step method.",
        "audience": "Officers leading change",
        "introduction": "Engagement that *changes* things.",
        "steps": [
            {"title": "Choose your challenge", "guidance": "Pick **one** challenge."},
            {"title": "Find the hooks", "guidance": "Why it matters."},
        ],
        "body": ["## Where it came from\n\nRochdale.", {"quote": "Experts in their own lives."}],
        "themes": ["housing"],
        "originating_lab": "Toolkit Tests",
        "related_case_studies": ["Tenant-led repairs"],
        "resources": [{"document": "Checklist", "description": "A one-page checklist"}],
    } | overrides


@pytest.fixture
def toolkit_setting(toolkit_index, lab_index, case_study_index, rochdale, housing):
    return {
        "lab": factories.PolicyLabPageFactory(
            parent=lab_index, title="Toolkit Tests", lead_member=rochdale
        ),
        "story": factories.CaseStudyPageFactory(
            parent=case_study_index, title="Tenant-led repairs", lead_member=rochdale
        ),
        "checklist": factories.DocumentFactory(title="Checklist"),
    }


def test_a_toolkit_is_created_with_its_steps_lab_stories_and_resources(
    run_command, toolkit_setting
):
    stdout, _ = run_command("import_toolkits", [toolkit()])
    assert "1 created" in stdout, stdout
    page = ToolkitPage.objects.get()
    assert page.slug == "co-operative-engagement"
    assert [step.value["title"] for step in page.steps] == [
        "Choose your challenge",
        "Find the hooks",
    ]
    assert "<b>one</b>" in page.steps[0].value["guidance"].source
    assert [block.block_type for block in page.body] == ["heading", "paragraph", "quote"]
    assert page.originating_lab == toolkit_setting["lab"]
    assert list(page.related_case_studies.all()) == [toolkit_setting["story"]]
    resource = page.resources.get()
    assert (resource.document, resource.description) == (
        toolkit_setting["checklist"],
        "A one-page checklist",
    )
    again, _ = run_command("import_toolkits", [toolkit()])
    assert "0 created, 0 updated, 1 unchanged" in again


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"originating_lab": "No such lab"}, "originating_lab: no lab is called 'No such lab'"),
        ({"related_case_studies": ["Untold"]}, "no case study is called 'Untold'"),
        ({"resources": [{"document": "Missing"}]}, "no document in the library is called"),
        ({"steps": [{"title": "Only a title"}]}, "step 1 needs a title and guidance"),
        ({"steps": []}, "a new toolkit needs steps"),
    ],
)
def test_a_bad_toolkit_is_skipped_for_a_reason(run_command, toolkit_setting, overrides, message):
    stdout, _ = run_command("import_toolkits", [toolkit(**overrides)])
    assert message in stdout
    assert not ToolkitPage.objects.exists()


def test_partner_organisations_are_created_updated_and_never_members(run_command, rochdale):
    records = [
        {"name": "Stone King", "kind": "Law firm", "website": "www.stoneking.co.uk"},
        {"name": "Rochdale MBC", "kind": "Local authority"},
    ]
    stdout, _ = run_command("import_partner_organisations", records)
    assert "1 created" in stdout and "1 skipped" in stdout
    assert "'Rochdale MBC' is the member profile 'Rochdale Borough Council'" in stdout
    partner = PartnerOrganisation.objects.get()
    assert (partner.kind, partner.website) == (
        OrganisationKind.LAW_FIRM,
        "https://www.stoneking.co.uk",
    )
    stdout, _ = run_command(
        "import_partner_organisations", [{"name": "stone king", "description": "Lawyers."}]
    )
    assert "1 updated" in stdout
    partner.refresh_from_db()
    assert (partner.name, partner.description) == ("Stone King", "Lawyers.")


def test_keep_existing_creates_only_what_is_missing(run_command, rochdale):
    run_command("import_partner_organisations", [{"name": "Stone King"}])
    stdout, _ = run_command(
        "import_partner_organisations",
        [{"name": "Stone King", "description": "Lawyers."}, {"name": "Demos"}],
        ".json",
        "--keep-existing",
    )
    assert "1 created, 0 updated, 1 unchanged" in stdout
    assert PartnerOrganisation.objects.get(name="Stone King").description == ""
    assert CaseStudyPage.objects.count() == 0
