import pytest

from core.models import Principle
from tests import factories
from tests.factories import FundingRoundFactory


@pytest.fixture
def open_round(db):
    return FundingRoundFactory(title="Policy labs 2024", slug="policy-labs-2024")


@pytest.fixture
def members(member_index):
    return [
        factories.MemberPageFactory(parent=member_index, title=title)
        for title in [
            "Rochdale Borough Council",
            "Hackney Council",
            "Cheshire West and Chester Council",
            "Sunderland City Council",
            "Wigan Council",
        ]
    ]


@pytest.fixture
def principles(db):
    return list(Principle.objects.filter(number__in=[2, 3, 8]).order_by("number"))


@pytest.fixture
def form_data(members, principles):
    """A complete, valid application as the browser would post it."""
    lead, *partners = members
    return {
        "lead_member": str(lead.pk),
        "lead_organisation_name": "",
        "contact_name": "Helen Chicot",
        "contact_job_title": "Prevention Lead",
        "contact_phone": "01706 925925",
        "contact_email": "helen@example.org",
        "project_title": "Democratising Policy Solutions",
        "amount_requested": "£19,760",
        "summary": "A policy lab that extends a prototype on co-operative engagement.",
        "partner_members": [str(partners[0].pk), str(partners[1].pk)],
        "other_partners": "Action Together",
        "idea_and_budget": "Shared participatory spaces with people with lived experience.",
        "budget_breakdown": "",
        "outcomes": "A shareable delivery model and a learning toolkit.",
        "network_aims": "Democratic engagement, co-production and innovation.",
        "principles": [str(principle.pk) for principle in principles],
        "values_and_principles": "Self-help, democracy and solidarity in practice.",
        "sharing_learning": "A report and a quick-read case study for the hub.",
        "agrees_to_show_cooperative_difference": "on",
        "website": "",
    }
