"""Applicants choose their organisation and partners only from live, public member profiles."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from applications.models import Application
from tests import factories

from .application_form import apply_url, post, summary_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_member(member_index):
    return factories.MemberPageFactory(
        parent=member_index, title="Unannounced Borough Council", live=False
    )


@pytest.fixture
def private_member(member_index):
    page = factories.MemberPageFactory(parent=member_index, title="Quiet Town Council")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    return page


@pytest.fixture(params=["draft", "private"])
def hidden_member(request):
    return request.getfixturevalue(f"{request.param}_member")


def test_hidden_profiles_are_not_offered(client, open_round, members, hidden_member):
    html = client.get(apply_url(open_round)).content.decode()
    assert members[0].title in html
    assert hidden_member.title not in html


def test_a_posted_hidden_lead_member_is_refused(client, open_round, form_data, hidden_member):
    response = post(client, open_round, {**form_data, "lead_member": str(hidden_member.pk)})
    assert response.status_code == 200
    assert "id_lead_member" in {anchor for anchor, _ in summary_links(response.content.decode())}
    assert not Application.objects.exists()


def test_a_posted_hidden_partner_is_refused(client, open_round, form_data, hidden_member):
    partners = [*form_data["partner_members"], str(hidden_member.pk)]
    response = post(client, open_round, {**form_data, "partner_members": partners})
    assert response.status_code == 200
    anchors = {anchor for anchor, _ in summary_links(response.content.decode())}
    assert "id_partner_members_0" in anchors
    assert not Application.objects.exists()


def test_live_public_profiles_are_still_accepted(client, open_round, form_data, hidden_member):
    response = post(client, open_round, form_data)
    assert response.status_code == 302
    assert Application.objects.get().lead_member_id == int(form_data["lead_member"])
