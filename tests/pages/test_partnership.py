"""Case studies and labs say who did the work the same way (core.models.PartnershipMixin): a
lead member, partner members and partner organisations, each page asking for its lead in its own
words."""

import pytest
from django.urls import reverse

from tests import factories


@pytest.fixture
def partners(member_index):
    return {
        "member": factories.MemberPageFactory(parent=member_index, title="Sunderland City Council"),
        "organisation": factories.PartnerOrganisationFactory(name="Co-operatives UK"),
    }


def with_partner_organisation(page, organisation):
    page.partner_organisations.set([organisation])
    page.save()
    return page


def test_members_and_partners_reach_the_work_they_did(
    member, partners, case_study_index, lab_index
):
    story = with_partner_organisation(
        factories.CaseStudyPageFactory(
            parent=case_study_index, lead_member=member, partner_members=[partners["member"]]
        ),
        partners["organisation"],
    )
    lab = with_partner_organisation(
        factories.PolicyLabPageFactory(
            parent=lab_index, lead_member=member, partner_members=[partners["member"]]
        ),
        partners["organisation"],
    )

    assert list(member.led_casestudies.all()) == [story]
    assert list(member.led_labs.all()) == [lab]
    assert list(partners["member"].partnered_casestudies.all()) == [story]
    assert list(partners["member"].partnered_labs.all()) == [lab]
    assert list(partners["organisation"].casestudies.all()) == [story]
    assert list(partners["organisation"].labs.all()) == [lab]


@pytest.mark.parametrize(
    ("app", "model", "index", "heading", "lead_help"),
    [
        (
            "casestudies",
            "casestudypage",
            "case_study_index",
            "Who did this",
            "The member organisation that tells this story.",
        ),
        (
            "labs",
            "policylabpage",
            "lab_index",
            "Who runs the lab",
            "The member council that leads the lab.",
        ),
    ],
)
def test_each_page_asks_for_its_lead_in_its_own_words(
    admin_client, request, app, model, index, heading, lead_help
):
    parent = request.getfixturevalue(index)
    html = admin_client.get(reverse("wagtailadmin_pages:add", args=[app, model, parent.pk]))
    html = html.content.decode()
    assert heading in html
    assert lead_help in html
    assert "Partners that are not members of the network." in html
