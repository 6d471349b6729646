"""A funded application becomes a draft policy lab page, with its collection and lead group."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from applications.choices import ApplicationStatus as Status
from applications.conversion import ConversionRefused, create_lab_from_application
from labs.choices import LabKind, LabStatus
from labs.models import PolicyLabPage
from members.models import PartnerOrganisation
from tests.factories import ApplicationFactory, FundingRoundFactory


def create_url(application):
    return reverse("funding_applications:create_lab", args=[application.pk])


@pytest.fixture
def funded(members, principles):
    lead, *partners = members
    funding_round = FundingRoundFactory(title="Prototypes 2024", kind=LabKind.POLICY_PROTOTYPE)
    return ApplicationFactory(
        funding_round=funding_round,
        status=Status.FUNDED,
        project_title="Co-operative Governance",
        lead_member=lead,
        lead_organisation_name="",
        partner_members=[lead, *partners[:2]],
        principles=principles,
    )


@pytest.mark.django_db
class TestConversion:
    def test_creates_a_draft_lab_filled_from_the_application(
        self, funded, lab_index, members, principles, admin_user
    ):
        lab = create_lab_from_application(funded, user=admin_user)
        lab = PolicyLabPage.objects.get(pk=lab.pk)
        assert lab.get_parent().specific == lab_index
        assert not lab.live and lab.has_unpublished_changes
        assert lab.title == "Co-operative Governance"
        assert lab.lead_member == members[0]
        assert set(lab.partner_members.all()) == {members[1], members[2]}
        assert set(lab.principles.all()) == set(principles)
        assert lab.kind == LabKind.POLICY_PROTOTYPE
        assert lab.round_year == funded.funding_round.year
        assert lab.amount_awarded == funded.amount_requested
        assert lab.status == LabStatus.FUNDED
        assert lab.summary == funded.summary
        assert "communities of practice" in lab.aims_and_outcomes
        assert "<li>Training</li>" in lab.aims_and_outcomes
        assert "Thirty people trained" in lab.aims_and_outcomes
        assert [contact.as_tuple() for contact in lab.contacts.all()] == [
            ("Helen Chicot", funded.contact_job_title, "helen@example.org", "01706 925925")
        ]
        names = set(lab.partner_organisations.values_list("name", flat=True))
        assert names == {
            "Action Together",
            "Co-operative and Mutual Solutions",
            "Anthony Collins Solicitors",
        }
        assert lab.get_latest_revision() is not None
        funded.refresh_from_db()
        assert funded.created_lab_id == lab.pk

    def test_provisions_the_labs_collection_and_lead_group(self, funded, lab_index, monkeypatch):
        import applications.conversion as conversion

        calls = []
        real = conversion.provision_lab_access
        monkeypatch.setattr(
            conversion, "provision_lab_access", lambda page: calls.append(page) or real(page)
        )
        lab = create_lab_from_application(funded)
        assert [page.pk for page in calls] == [lab.pk]
        lab.refresh_from_db()
        assert lab.collection is not None and lab.collection.name == lab.title
        assert lab.lead_group is not None
        assert Group.objects.filter(pk=lab.lead_group_id).exists()

    @pytest.mark.parametrize("status", [Status.SUBMITTED, Status.SHORTLISTED, Status.DECLINED])
    def test_refused_unless_funded(self, funded, lab_index, status):
        funded.status = status
        funded.save()
        with pytest.raises(ConversionRefused, match="Only a funded application"):
            create_lab_from_application(funded)
        assert not PolicyLabPage.objects.exists()

    def test_refused_when_already_converted(self, funded, lab_index):
        create_lab_from_application(funded)
        funded.refresh_from_db()
        with pytest.raises(ConversionRefused, match="already been created"):
            create_lab_from_application(funded)
        assert PolicyLabPage.objects.count() == 1

    def test_refused_without_a_lab_index(self, funded, home_page):
        with pytest.raises(ConversionRefused, match="no policy lab index page"):
            create_lab_from_application(funded)

    def test_typed_lead_organisation_leaves_the_lead_for_comms(self, funded, lab_index):
        funded.lead_member = None
        funded.lead_organisation_name = "Newtown Council"
        funded.save()
        lab = create_lab_from_application(funded)
        assert lab.lead_member is None and not lab.live

    def test_existing_partner_organisations_are_reused(self, funded, lab_index):
        existing = PartnerOrganisation.objects.create(name="Action Together")
        lab = create_lab_from_application(funded)
        assert existing in lab.partner_organisations.all()
        assert PartnerOrganisation.objects.filter(name="Action Together").count() == 1


@pytest.mark.django_db
class TestConversionAdmin:
    def test_button_offered_for_funded_applications(self, admin_client, funded, lab_index):
        inspect_url = reverse("funding_applications:inspect", args=[funded.pk])
        assert create_url(funded) in admin_client.get(inspect_url).content.decode()
        edit_url = reverse("funding_applications:edit", args=[funded.pk])
        assert create_url(funded) in admin_client.get(edit_url).content.decode()

    def test_button_not_offered_before_funding(self, admin_client, lab_index):
        application = ApplicationFactory(status=Status.SHORTLISTED)
        inspect_url = reverse("funding_applications:inspect", args=[application.pk])
        assert create_url(application) not in admin_client.get(inspect_url).content.decode()

    def test_confirm_then_create_and_go_to_the_editor(self, admin_client, funded, lab_index):
        confirm = admin_client.get(create_url(funded))
        assert confirm.status_code == 200
        assert "draft" in confirm.content.decode()
        response = admin_client.post(create_url(funded))
        lab = PolicyLabPage.objects.get()
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[lab.pk])
        assert admin_client.get(response["Location"]).status_code == 200
        funded.refresh_from_db()
        assert funded.created_lab == lab.page_ptr or funded.created_lab_id == lab.pk
        # After conversion the detail view links to the lab instead.
        inspect_url = reverse("funding_applications:inspect", args=[funded.pk])
        html = admin_client.get(inspect_url).content.decode()
        assert reverse("wagtailadmin_pages:edit", args=[lab.pk]) in html
        assert create_url(funded) not in html

    def test_refused_with_a_message_when_not_funded(self, admin_client, lab_index):
        application = ApplicationFactory(status=Status.SUBMITTED)
        response = admin_client.post(create_url(application), follow=True)
        assert "Only a funded application can become a lab page" in response.content.decode()
        assert not PolicyLabPage.objects.exists()

    def test_refused_with_a_message_when_no_index(self, admin_client, funded, home_page):
        response = admin_client.post(create_url(funded), follow=True)
        assert "no policy lab index page" in response.content.decode()

    def test_second_attempt_refused(self, admin_client, funded, lab_index):
        admin_client.post(create_url(funded))
        response = admin_client.post(create_url(funded), follow=True)
        assert "already been created" in response.content.decode()
        assert PolicyLabPage.objects.count() == 1

    def test_edit_view_saves_changes(self, admin_client, funded, members, principles):
        url = reverse("funding_applications:edit", args=[funded.pk])
        response = admin_client.get(url)
        assert response.status_code == 200
        data = {
            "funding_round": funded.funding_round_id,
            "lead_member": members[0].pk,
            "lead_organisation_name": "",
            "contact_name": "Helen Chicot",
            "contact_job_title": "Prevention Lead",
            "contact_phone": "01706 925925",
            "contact_email": "helen@example.org",
            "project_title": "Co-operative Governance (revised)",
            "amount_requested": "18000",
            "summary": "Shorter.",
            "partner_members": [members[1].pk, members[2].pk, members[3].pk],
            "other_partners": "",
            "idea_and_budget": "Idea",
            "budget_breakdown": "",
            "outcomes": "Outcomes",
            "network_aims": "Aims",
            "principles": [principles[0].pk],
            "values_and_principles": "Values",
            "sharing_learning": "Sharing",
            "agrees_to_show_cooperative_difference": "on",
        }
        assert admin_client.post(url, data).status_code == 302
        funded.refresh_from_db()
        assert funded.project_title == "Co-operative Governance (revised)"
        assert funded.status == Status.FUNDED  # status only moves through the pipeline
        bad = admin_client.post(url, {**data, "amount_requested": "50000"})
        assert bad.status_code == 200
        assert "between £10,000 and £20,000" in bad.content.decode()
