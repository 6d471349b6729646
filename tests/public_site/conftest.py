from decimal import Decimal

import pytest
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyContact
from core.models import Principle, Region, SiteChrome
from labs.choices import LabKind, LabStatus
from labs.models import PolicyLabContact, PolicyLabOutput
from members.choices import MemberType, OrganisationKind
from members.models import MemberContact
from tests import factories
from toolkits.models import ToolkitResource


@pytest.fixture
def region(db):
    return Region.objects.get_or_create(slug="north-west", defaults={"name": "North West"})[0]


@pytest.fixture
def housing(db):
    return factories.ThemeFactory(name="Housing", slug="housing")


@pytest.fixture
def co_production(db):
    return Principle.objects.get(number=3)


@pytest.fixture
def graph(
    home_page,
    member_index,
    case_study_index,
    toolkit_index,
    lab_index,
    region,
    housing,
    co_production,
):
    """Every kind of page, linked the way real content is: a lead council, a partner member,
    a partner that is not a member, a lab with reports, a toolkit from it and a story."""
    lead = factories.MemberPageFactory(
        parent=member_index,
        title="Rochdale Borough Council",
        member_type=MemberType.FULL,
        organisation_kind=OrganisationKind.LOCAL_AUTHORITY,
        region=region,
        year_joined=2013,
        website="https://www.rochdale.gov.uk/",
        lead_member_name="Cllr Ada Lovelace",
        lead_member_role="Cabinet Member for Communities",
        contacts=[
            MemberContact(
                name="Sam Officer",
                role="Policy Officer",
                email="sam.officer@example.org",
                phone="01706 000000",
            )
        ],
        logo=factories.ImageFactory(title="Rochdale logo", description="Rochdale Council logo"),
    )
    partner = factories.MemberPageFactory(
        parent=member_index,
        title="Hackney Council",
        member_type=MemberType.FULL,
    )
    affiliate = factories.MemberPageFactory(
        parent=member_index,
        title="Co-operatives UK",
        member_type=MemberType.AFFILIATE,
        organisation_kind=OrganisationKind.COOPERATIVE,
    )
    law_firm = factories.PartnerOrganisationFactory(
        name="Anthony Collins Solicitors", kind=OrganisationKind.LAW_FIRM
    )
    report = factories.DocumentFactory(title="Co-operative Governance final report")
    report.file_size = 1_258_291
    report.save()
    guide = factories.DocumentFactory(title="Governance workshop guide")
    guide.file_size = 2048
    guide.save()

    lab = factories.PolicyLabPageFactory(
        parent=lab_index,
        title="Co-operative Governance",
        summary="Rochdale and partners test co-operative governance for council companies.",
        lead_member=lead,
        partner_members=[partner],
        kind=LabKind.POLICY_LAB,
        round_year=2024,
        amount_awarded=Decimal("19760.00"),
        status=LabStatus.COMPLETED,
        aims_and_outcomes="<p>Aims: shared governance that residents can join.</p>",
        cooperative_difference="<p>Residents sat on the board from day one.</p>",
        final_report=report,
        contacts=[PolicyLabContact(name="Lab Lead", email="lab.lead@example.org")],
        themes=[housing],
        listing_image=factories.ImageFactory(title="Lab photo"),
    )
    lab.partner_organisations.set([law_firm])
    lab.principles.set([co_production])
    PolicyLabOutput.objects.create(lab=lab, document=guide, description="Workshop materials")
    lab.save()

    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Community energy in Rochdale",
        summary="Residents own the solar panels on their estate.",
        lead_member=lead,
        partner_members=[partner],
        year=2020,
        themes=[housing],
        principles=[co_production],
        contacts=[
            CaseStudyContact(
                name="Jo Contact",
                role="Energy Lead",
                email="jo.contact@example.org",
                phone="0161 000 0000",
            ),
            CaseStudyContact(name="Ray Second", phone="+44 (0)1706 111 222"),
        ],
        body=[
            ("heading", {"text": "What happened", "level": "h2"}),
            ("paragraph", RichText("<p>The council and residents worked as equals.</p>")),
            (
                "key_figures",
                [
                    {"figure": "£1.6m", "label": "kept in the local economy"},
                    {"figure": "75", "label": "households with panels"},
                ],
            ),
            ("quote", {"quote": "We own it together.", "attribution": "A resident"}),
        ],
        listing_image=factories.ImageFactory(title="Solar roofs"),
    )
    story.partner_organisations.set([law_firm])
    story.save()
    older_story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Tenant-led repairs", lead_member=lead, year=2018
    )
    story.related_pages.create(page=older_story)
    story.save()

    toolkit = factories.ToolkitPageFactory(
        parent=toolkit_index,
        title="Co-operative governance toolkit",
        summary="How to put residents on the board.",
        audience="Officers setting up council companies",
        introduction="<p>Use this with your legal team.</p>",
        originating_lab=lab,
        themes=[housing],
        steps=[
            (
                "step",
                {
                    "title": "Map who is affected",
                    "guidance": RichText("<p>List who uses the service.</p>"),
                    "resources": [("document", guide)],
                },
            ),
            (
                "step",
                {"title": "Invite residents", "guidance": RichText("<p>Ask them in.</p>")},
            ),
        ],
    )
    toolkit.principles.set([co_production])
    toolkit.related_case_studies.set([story])
    ToolkitResource.objects.create(toolkit=toolkit, document=guide, description="A workshop plan")
    toolkit.save()

    return {
        "lead": lead,
        "partner": partner,
        "affiliate": affiliate,
        "law_firm": law_firm,
        "lab": lab,
        "story": story,
        "older_story": older_story,
        "toolkit": toolkit,
        "report": report,
        "guide": guide,
    }


@pytest.fixture
def site_chrome(home_page, member_index, case_study_index):
    from wagtail.models import Site

    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.primary_navigation = [
        ("link", {"label": "Case studies", "page": case_study_index, "url": ""}),
        ("link", {"label": "Members", "page": member_index, "url": ""}),
    ]
    chrome.footer_navigation = [
        ("link", {"label": "Accessibility", "page": None, "url": "https://example.org/a11y"}),
    ]
    chrome.footer_text = "<p>Run by its member councils.</p>"
    chrome.contact_email = "hello@example.org"
    chrome.save()
    return chrome
