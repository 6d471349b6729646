"""Every page type can be added and edited through the Wagtail admin's own forms."""

import pytest
from django import forms
from django.urls import reverse
from wagtail.test.utils.form_data import (
    nested_form_data,
    rich_text,
    streamfield,
)

from casestudies.models import CaseStudyPage
from core.models import Principle, Theme
from home.models import StandardPage
from labs.models import PolicyLabPage
from members.models import MemberPage
from tests import factories
from tests.helpers.page_editor import (
    add_page,
    admin_form_data,
    body_fields,
    republish_through_edit_form,
)
from toolkits.models import ToolkitPage


def taxonomy_fields():
    return {
        "themes": [str(Theme.objects.get(slug="housing").pk)],
        "principles": [str(Principle.objects.get(number=3).pk)],
    }


@pytest.fixture
def lab(lab_index, member):
    return factories.PolicyLabPageFactory(parent=lab_index, lead_member=member)


def test_member_page_add_and_edit(admin_client, member_index):
    page = add_page(
        admin_client,
        member_index,
        MemberPage,
        {
            "title": "Stevenage Borough Council",
            "member_type": "full",
            "organisation_kind": "local_authority",
            "introduction": rich_text("<p>A founding member of the network.</p>"),
            "year_joined": "2013",
        },
    )
    assert page.live and page.member_type == "full"
    edited = republish_through_edit_form(admin_client, page, {"lead_member_name": "Cllr Taylor"})
    assert edited.lead_member_name == "Cllr Taylor"


def test_case_study_add_and_edit(admin_client, case_study_index, member):
    page = add_page(
        admin_client,
        case_study_index,
        CaseStudyPage,
        {
            "title": "Community energy in the valley",
            "summary": "A co-operative owns the panels.",
            "lead_member": str(member.pk),
            "year": "2020",
            **body_fields(),
            **taxonomy_fields(),
        },
    )
    assert page.lead_member == member
    assert list(page.themes.values_list("slug", flat=True)) == ["housing"]
    edited = republish_through_edit_form(
        admin_client,
        page,
        {
            **contact_forms(
                {"name": "Sam Officer", "role": "Policy Officer", "email": "sam@example.org"},
                {"name": "", "role": "", "email": "", "phone": "0161 000 0000"},
            ),
            **body_fields(),
        },
    )
    assert [contact.as_tuple() for contact in edited.contacts.all()] == [
        ("Sam Officer", "Policy Officer", "sam@example.org", ""),
        ("", "", "", "0161 000 0000"),
    ]


def contact_forms(*contacts):
    """The contacts inline formset's fields for new contacts, in order."""
    data = {"contacts-TOTAL_FORMS": str(len(contacts)), "contacts-INITIAL_FORMS": "0"}
    for number, contact in enumerate(contacts):
        data.update({f"contacts-{number}-{key}": value for key, value in contact.items()})
        data.update({f"contacts-{number}-ORDER": str(number + 1), f"contacts-{number}-id": ""})
    return data


@pytest.mark.parametrize(
    "contact, message",
    [
        ({"role": "Policy Officer"}, "or an email address or phone number to reach them"),
        ({"name": "Sam", "email": "not-an-email"}, "Enter a valid email address"),
        ({"name": "Sam", "phone": "call reception"}, "Enter a telephone number using digits"),
    ],
)
def test_a_contact_needs_a_name_or_a_way_to_reach_them(
    admin_client, case_study_index, member, contact, message
):
    page = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = admin_form_data(admin_client, url)
    data.update({**contact_forms(contact), **body_fields()})
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not page.contacts.exists()


def test_case_study_requires_a_lead_member(admin_client, case_study_index):
    url = reverse(
        "wagtailadmin_pages:add", args=["casestudies", "casestudypage", case_study_index.pk]
    )
    data = admin_form_data(admin_client, url)
    data.update({"title": "No lead", "slug": "no-lead", "summary": "x", "year": "2020"})
    data.update(body_fields())
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "lead_member" in response.context["form"].errors
    assert not CaseStudyPage.objects.filter(slug="no-lead").exists()


def test_toolkit_add_and_edit(admin_client, toolkit_index, lab):
    steps = nested_form_data(
        {
            "steps": streamfield(
                [
                    (
                        "step",
                        {
                            "title": "Map who is affected",
                            "guidance": rich_text("<p>List them.</p>"),
                            "resources": streamfield([]),
                        },
                    )
                ]
            )
        }
    )
    page = add_page(
        admin_client,
        toolkit_index,
        ToolkitPage,
        {
            "title": "Co-operative engagement toolkit",
            "summary": "How to involve people.",
            "audience": "Officers",
            "originating_lab": str(lab.pk),
            **steps,
            **body_fields(),
            **taxonomy_fields(),
        },
    )
    assert page.originating_lab == lab
    assert page.steps[0].value["title"] == "Map who is affected"
    edited = republish_through_edit_form(
        admin_client, page, {"audience": "Councillors", **steps, **body_fields()}
    )
    assert edited.audience == "Councillors"


def test_policy_lab_add_and_edit(admin_client, lab_index, member):
    page = add_page(
        admin_client,
        lab_index,
        PolicyLabPage,
        {
            "title": "Co-operative Governance",
            "summary": "Partners test co-operative governance.",
            "lead_member": str(member.pk),
            "kind": "policy_lab",
            "round_year": "2024",
            "amount_awarded": "17500",
            "status": "funded",
            "aims_and_outcomes": rich_text("<p>Better governance.</p>"),
        },
    )
    assert page.amount_awarded == 17500
    edited = republish_through_edit_form(admin_client, page, {"status": "in_progress"})
    assert edited.status == "in_progress"


def test_policy_lab_summary_over_150_words_is_refused(admin_client, lab_index, member):
    url = reverse("wagtailadmin_pages:add", args=["labs", "policylabpage", lab_index.pk])
    data = admin_form_data(admin_client, url)
    data.update(
        {
            "title": "Too long",
            "slug": "too-long",
            "summary": "word " * 151,
            "lead_member": str(member.pk),
            "kind": "policy_lab",
            "round_year": "2024",
            "status": "funded",
            "aims_and_outcomes": rich_text("<p>Aims.</p>"),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "150 words" in str(response.context["form"].errors["summary"])


def test_standard_page_add_and_edit(admin_client, home_page):
    page = add_page(
        admin_client,
        home_page,
        StandardPage,
        {"title": "About the network", **body_fields()},
    )
    edited = republish_through_edit_form(
        admin_client, page, {"introduction": "Who we are.", **body_fields()}
    )
    assert edited.introduction == "Who we are."


def test_index_pages_and_home_edit(admin_client, home_page, member_index, case_study_index):
    for page in (member_index, case_study_index):
        edited = republish_through_edit_form(admin_client, page, {"title": f"All {page.title}"})
        assert edited.title.startswith("All ")
    edited = republish_through_edit_form(
        admin_client, home_page, {"introduction": rich_text("<p>Hello members.</p>")}
    )
    assert "Hello members." in edited.introduction


@pytest.mark.parametrize("model", [CaseStudyPage, PolicyLabPage, ToolkitPage])
def test_many_to_many_choices_are_checkboxes_not_ctrl_click_lists(model):
    """A multiple select box drops every other choice on a click without Ctrl; checkboxes do not."""
    form_class = model.get_edit_handler().get_form_class()
    many = [
        name
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.ModelMultipleChoiceField)
    ]
    assert many, "the page type has many-to-many choices"
    for name in many:
        assert isinstance(form_class.base_fields[name].widget, forms.CheckboxSelectMultiple), name


def test_the_edit_form_shows_partner_members_as_checkboxes(admin_client, case_study_index, member):
    story = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert '<div id="id_partner_members" class="hub-checkbox-list">' in html
    assert f'type="checkbox" name="partner_members" value="{member.pk}"' in html
    assert '<select name="partner_members"' not in html
    assert "/static/css/admin.css" in html
