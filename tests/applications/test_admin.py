import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.test.utils.form_data import rich_text

from applications.choices import ApplicationStatus as Status
from applications.models import FundingRound
from tests.factories import ApplicationFactory, FundingRoundFactory

INDEX_URL = reverse("funding_applications:index")


def listed_titles(response):
    return {application.project_title for application in response.context["object_list"]}


@pytest.fixture
def spread(members, principles):
    """Applications across two rounds, three statuses and two lead organisations."""
    lead_a, lead_b, *partners = members
    round_2024 = FundingRoundFactory(title="Policy labs 2024")
    round_2025 = FundingRoundFactory(title="Prototypes 2025")
    return {
        "rounds": (round_2024, round_2025),
        "leads": (lead_a, lead_b),
        "governance": ApplicationFactory(
            funding_round=round_2024,
            project_title="Co-operative Governance",
            lead_member=lead_a,
            lead_organisation_name="",
            partner_members=partners,
            principles=principles,
        ),
        "democratising": ApplicationFactory(
            funding_round=round_2024,
            project_title="Democratising Policy Solutions",
            lead_member=lead_b,
            lead_organisation_name="",
            status=Status.SHORTLISTED,
        ),
        "neighbourhoods": ApplicationFactory(
            funding_round=round_2025,
            project_title="Co-operative Neighbourhoods",
            lead_organisation_name="Stevenage Borough Council",
            status=Status.DECLINED,
        ),
    }


@pytest.mark.django_db
class TestApplicationListing:
    def test_lists_every_application(self, admin_client, spread):
        response = admin_client.get(INDEX_URL)
        assert response.status_code == 200
        assert listed_titles(response) == {
            "Co-operative Governance",
            "Democratising Policy Solutions",
            "Co-operative Neighbourhoods",
        }
        html = response.content.decode()
        assert spread["governance"].reference in html
        assert "Stevenage Borough Council" in html
        # The title opens the detail view.
        inspect_url = reverse("funding_applications:inspect", args=[spread["governance"].pk])
        assert f'href="{inspect_url}"' in html

    def test_filter_by_round(self, admin_client, spread):
        round_2024, round_2025 = spread["rounds"]
        response = admin_client.get(INDEX_URL, {"funding_round": round_2025.pk})
        assert listed_titles(response) == {"Co-operative Neighbourhoods"}

    def test_filter_by_status(self, admin_client, spread):
        response = admin_client.get(INDEX_URL, {"status": "shortlisted"})
        assert listed_titles(response) == {"Democratising Policy Solutions"}

    def test_filter_by_lead_organisation(self, admin_client, spread):
        lead_a, lead_b = spread["leads"]
        response = admin_client.get(INDEX_URL, {"lead_member": lead_a.pk})
        assert listed_titles(response) == {"Co-operative Governance"}

    def test_filters_combine(self, admin_client, spread):
        round_2024, _ = spread["rounds"]
        response = admin_client.get(
            INDEX_URL, {"funding_round": round_2024.pk, "status": "submitted"}
        )
        assert listed_titles(response) == {"Co-operative Governance"}

    def test_lead_filter_offers_only_organisations_that_applied(
        self, admin_client, spread, members
    ):
        html = admin_client.get(INDEX_URL).content.decode()
        filter_form = html.split('name="lead_member"')[1].split("</select>")[0]
        assert members[0].title in filter_form and members[1].title in filter_form
        assert members[4].title not in filter_form

    def test_bad_filter_values_give_a_normal_page(self, admin_client, spread):
        response = admin_client.get(INDEX_URL, {"status": "nonsense", "funding_round": "x"})
        assert response.status_code == 200

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("governance", {"Co-operative Governance"}),
            ("stevenage", {"Co-operative Neighbourhoods"}),
            ("hackney", {"Democratising Policy Solutions"}),
        ],
    )
    def test_search_by_title_and_organisation(self, admin_client, spread, query, expected):
        assert listed_titles(admin_client.get(INDEX_URL, {"q": query})) == expected

    def test_menu_item(self, admin_client, spread):
        html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Applications" in html and "Funding rounds" in html


@pytest.mark.django_db
class TestInspectView:
    def test_shows_every_field(self, admin_client, spread, principles):
        application = spread["governance"]
        change_url = reverse("funding_applications:change_status", args=[application.pk])
        response = admin_client.get(reverse("funding_applications:inspect", args=[application.pk]))
        html = response.content.decode()
        assert response.status_code == 200
        for value in [
            application.reference,
            "Policy labs 2024",
            "Rochdale Borough Council",
            "Helen Chicot",
            "Reform and Prevention Lead",
            "01706 925925",
            "helen@example.org",
            "17500",
            application.summary,
            "Cheshire West and Chester Council",
            "Action Together",
            "communities of practice",
            "Thirty people trained",
            "social partnership",
            principles[0].name,
            "democracy and equity",
            "Open sessions",
        ]:
            assert value in html, value
        assert "Status history" in html
        assert change_url in html


@pytest.mark.django_db
class TestExport:
    def test_csv(self, admin_client, spread):
        response = admin_client.get(INDEX_URL, {"export": "csv"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert 'filename="funding-applications.csv"' in response["Content-Disposition"]
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(content)))
        assert len(rows) == 3
        row = next(r for r in rows if r["Project title"] == "Co-operative Governance")
        assert row["Reference"] == spread["governance"].reference
        assert row["Funding round"] == "Policy labs 2024"
        assert row["Status"] == "Submitted"
        assert row["Lead organisation"] == "Rochdale Borough Council"
        assert "Action Together" in row["Partners"]
        assert "Hackney Council" not in row["Partners"]  # a lead elsewhere, not a partner here

    def test_csv_respects_filters(self, admin_client, spread):
        response = admin_client.get(INDEX_URL, {"export": "csv", "status": "declined"})
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(content)))
        assert [row["Project title"] for row in rows] == ["Co-operative Neighbourhoods"]

    def test_csv_neutralises_formulas_typed_by_applicants(self, admin_client, spread):
        ApplicationFactory(
            funding_round=spread["rounds"][0], project_title='=HYPERLINK("http://x","y")'
        )
        response = admin_client.get(INDEX_URL, {"export": "csv"})
        content = b"".join(response.streaming_content).decode()
        titles = [row["Project title"] for row in csv.DictReader(io.StringIO(content))]
        assert '\'=HYPERLINK("http://x","y")' in titles

    def test_xlsx(self, admin_client, spread):
        response = admin_client.get(INDEX_URL, {"export": "xlsx"})
        assert response.status_code == 200
        assert "funding-applications.xlsx" in response["Content-Disposition"]
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        rows = list(workbook.active.iter_rows(values_only=True))
        headings, *data = rows
        assert headings[0] == "Reference" and "Project title" in headings
        assert len(data) == 3
        titles = {row[headings.index("Project title")] for row in data}
        assert "Co-operative Governance" in titles

    def test_export_query_count_does_not_grow_with_applications(
        self, admin_client, spread, django_assert_max_num_queries, members, principles
    ):
        for number in range(10):
            ApplicationFactory(
                project_title=f"Extra {number}",
                funding_round=spread["rounds"][0],
                partner_members=members[2:],
                principles=principles,
            )
        with django_assert_max_num_queries(25):
            response = admin_client.get(INDEX_URL, {"export": "csv"})
            b"".join(response.streaming_content)


@pytest.mark.django_db
class TestFundingRoundAdmin:
    def test_create_round(self, admin_client):
        response = admin_client.post(
            reverse("funding_rounds:add"),
            {
                "title": "Policy labs 2026",
                "slug": "",
                "kind": "policy_lab",
                "opens_at": "2026-01-10 09:00",
                "closes_at": "2026-03-01 17:00",
                "minimum_amount": "10000",
                "maximum_amount": "20000",
                "minimum_partner_members": "3",
                "guidance": rich_text("<p>Bids that bring members together.</p>"),
            },
        )
        assert response.status_code == 302
        funding_round = FundingRound.objects.get()
        assert funding_round.slug == "policy-labs-2026"
        assert funding_round.maximum_amount == Decimal("20000")

    def test_round_validation_in_the_admin(self, admin_client):
        response = admin_client.post(
            reverse("funding_rounds:add"),
            {
                "title": "Backwards",
                "kind": "policy_lab",
                "opens_at": "2026-03-01 09:00",
                "closes_at": "2026-01-01 09:00",
                "minimum_amount": "20000",
                "maximum_amount": "10000",
                "minimum_partner_members": "3",
                "guidance": rich_text(""),
            },
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "The round must close after it opens." in html
        assert "The maximum cannot be less than the minimum." in html
        assert not FundingRound.objects.exists()


@pytest.mark.django_db
class TestPermissions:
    CODENAMES = [
        "add_fundinground",
        "change_fundinground",
        "delete_fundinground",
        "view_fundinground",
        "add_application",
        "change_application",
        "delete_application",
        "view_application",
    ]

    def user_with(self, django_user_model, codenames):
        user = django_user_model.objects.create_user("someone", password="pw")
        group = Group.objects.create(name="Test comms")
        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            *Permission.objects.filter(
                content_type__app_label="applications", codename__in=codenames
            ),
        )
        user.groups.add(group)
        return user

    def test_the_standard_permissions_exist(self):
        codenames = set(
            Permission.objects.filter(content_type__app_label="applications").values_list(
                "codename", flat=True
            )
        )
        assert set(self.CODENAMES) <= codenames

    def test_comms_with_the_permissions_can_manage(self, client, django_user_model, spread):
        client.force_login(self.user_with(django_user_model, self.CODENAMES))
        assert client.get(INDEX_URL).status_code == 200
        assert client.get(reverse("funding_rounds:index")).status_code == 200
        application = spread["governance"]
        url = reverse("funding_applications:change_status", args=[application.pk])
        assert client.post(url, {"to_status": "shortlisted"}).status_code == 302
        application.refresh_from_db()
        assert application.status == Status.SHORTLISTED

    def test_other_editors_cannot_see_applications(self, client, django_user_model, spread):
        client.force_login(self.user_with(django_user_model, []))
        assert client.get(INDEX_URL).status_code in (302, 403)
        inspect_url = reverse("funding_applications:inspect", args=[spread["governance"].pk])
        assert client.get(inspect_url).status_code in (302, 403)
        assert client.get(INDEX_URL, {"export": "csv"}).status_code in (302, 403)

    def test_anonymous_visitors_are_sent_to_sign_in(self, client, spread):
        response = client.get(INDEX_URL)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_comms_team_group_holds_every_application_permission():
    from accounts.roles import COMMS_TEAM

    comms = Group.objects.get(name=COMMS_TEAM)
    granted = set(
        comms.permissions.filter(content_type__app_label="applications").values_list(
            "codename", flat=True
        )
    )
    assert set(TestPermissions.CODENAMES) <= granted
