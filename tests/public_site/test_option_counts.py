"""A listing's option counts, worked out with one grouped query per filter path, agree with
what filtering by each option keeps: an item reaching a member as its lead and as a partner is
counted once."""

import pytest

from casestudies.models import CaseStudyPage
from casestudies.selectors import CaseStudyFilterForm
from tests import factories
from toolkits.models import ToolkitPage
from toolkits.selectors import ToolkitFilterForm


@pytest.fixture
def members(member_index):
    return [
        factories.MemberPageFactory(parent=member_index, title=f"Council {letter}")
        for letter in "ABC"
    ]


@pytest.fixture
def tangled_work(case_study_index, lab_index, toolkit_index, members):
    """Work whose members overlap: a lead who is also listed as a partner, partners alone and
    leads alone."""
    a, b, c = members
    shapes = [(a, [b]), (b, [a, b]), (a, []), (c, [a, b, c]), (c, [])]
    for number, (lead, partners) in enumerate(shapes):
        factories.CaseStudyPageFactory(
            parent=case_study_index,
            title=f"Story {number}",
            lead_member=lead,
            partner_members=partners,
        )
        lab = factories.PolicyLabPageFactory(
            parent=lab_index, title=f"Lab {number}", lead_member=lead, partner_members=partners
        )
        factories.ToolkitPageFactory(
            parent=toolkit_index, title=f"Toolkit {number}", originating_lab=lab
        )


@pytest.mark.parametrize(
    "form_class, model",
    [(CaseStudyFilterForm, CaseStudyPage), (ToolkitFilterForm, ToolkitPage)],
)
def test_member_counts_match_what_each_member_filter_keeps(
    tangled_work, members, form_class, model
):
    form = form_class({})
    items = model.objects.live()
    field = form.fields["member"]
    counts = form.option_counts("member", field, items)
    expected = {
        member.pk: form.matching(items, "member", member).count()
        for member in members
        if form.matching(items, "member", member).exists()
    }
    assert counts == expected
    assert expected[members[1].pk] == 3  # a partner of three, the lead of one of them
