import pytest

from core.models import Principle
from tests import factories
from tests.factories import FundingRoundFactory


@pytest.fixture
def fuzz_site(home_page, member_index, case_study_index, toolkit_index, lab_index):
    """A small hub with an item of every kind and an open funding round; built once per test
    and shared by all its examples."""
    theme = factories.ThemeFactory(name="Energy", slug="energy")
    region = factories.RegionFactory(name="North West", slug="north-west")
    member = factories.MemberPageFactory(
        parent=member_index, title="Rochdale Borough Council", region=region
    )
    partners = [
        factories.MemberPageFactory(parent=member_index, title=f"Partner council {n}")
        for n in range(3)
    ]
    factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Community energy in Rochdale",
        lead_member=member,
        themes=[theme],
        principles=[Principle.objects.get(number=3)],
    )
    factories.ToolkitPageFactory(parent=toolkit_index, title="Co-operative engagement")
    factories.PolicyLabPageFactory(parent=lab_index, title="Energy lab", lead_member=member)
    funding_round = FundingRoundFactory(slug="policy-labs")
    return {
        "indexes": [member_index, case_study_index, toolkit_index, lab_index],
        "member": member,
        "partners": partners,
        "round": funding_round,
    }
