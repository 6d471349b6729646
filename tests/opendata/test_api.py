"""The open data API (Wagtail's API v2 at /api/v2/): an endpoint per kind of content, the
listings' filters, public live content only whoever asks, CORS for reads, and a query budget
that does not grow with the page size."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests import factories

API = "/api/v2/"


def get_json(url, client=None, status=200):
    response = (client or Client()).get(url)
    assert response.status_code == status, (url, response.content[:500])
    return response.json()


def titles(url, client=None):
    return [item["title"] for item in get_json(url, client)["items"]]


@pytest.fixture
def content(
    member_index, case_study_index, toolkit_index, lab_index, news_index, event_index, region
):
    housing = factories.ThemeFactory(name="Housing", slug="housing")
    lead = factories.MemberPageFactory(
        parent=member_index, title="Rochdale Borough Council", region=region, year_joined=2013
    )
    partner = factories.MemberPageFactory(parent=member_index, title="Sunderland City Council")
    report = factories.DocumentFactory(title="Governance final report")
    lab = factories.PolicyLabPageFactory(
        parent=lab_index,
        title="Co-operative Governance",
        lead_member=lead,
        partner_members=[partner],
        themes=[housing],
        round_year=2024,
        final_report=report,
    )
    lab.save_revision().publish()  # records that a live page uses the report
    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Community energy",
        lead_member=lead,
        year=2020,
        themes=[housing],
    )
    other_story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Tenant-led repairs", lead_member=partner, year=2018
    )
    toolkit = factories.ToolkitPageFactory(
        parent=toolkit_index, title="Engagement toolkit", originating_lab=lab, themes=[housing]
    )
    news = factories.NewsPageFactory(
        parent=news_index,
        title="Lab funded",
        date=datetime.date(2024, 3, 14),
        lead_member=lead,
        involved_members=[partner],
        themes=[housing],
    )
    event = factories.EventPageFactory(parent=event_index, title="Learning session")
    past = factories.EventPageFactory(
        parent=event_index,
        title="Conference",
        starts_at=datetime.datetime(2023, 11, 9, 10, tzinfo=datetime.UTC),
        ends_at=None,
        venue="Sunderland",
        attendance="in_person",
        lead_member=partner,
    )
    return locals()


@pytest.fixture
def region(db):
    from core.models import Region

    return Region.objects.get_or_create(slug="north-west", defaults={"name": "North West"})[0]


@pytest.mark.parametrize(
    "endpoint, expected",
    [
        ("case-studies", ["Community energy", "Tenant-led repairs"]),
        ("toolkits", ["Engagement toolkit"]),
        ("labs", ["Co-operative Governance"]),
        ("members", ["Rochdale Borough Council", "Sunderland City Council"]),
        ("news", ["Lab funded"]),
        ("events", ["Learning session", "Conference"]),
        ("documents", ["Governance final report"]),
    ],
)
def test_each_kind_of_content_has_its_endpoint(content, endpoint, expected):
    data = get_json(f"{API}{endpoint}/")
    assert data["meta"]["total_count"] == len(expected)
    assert [item["title"] for item in data["items"]] == expected


def test_a_listing_item_names_its_type_and_addresses(content):
    item = get_json(f"{API}news/")["items"][0]
    assert item["meta"]["type"] == "news.NewsPage"
    assert item["meta"]["html_url"] == f"http://testserver{content['news'].url}"
    assert item["meta"]["detail_url"] == f"http://testserver{API}news/{content['news'].pk}/"


def test_detail_gives_every_field_with_members_and_taxonomy_by_slug(content):
    news = get_json(f"{API}news/{content['news'].pk}/")
    assert news["date"] == "2024-03-14"
    assert news["summary"] == "Members share what they learned."
    assert news["lead_member"] == {
        "id": content["lead"].pk,
        "slug": content["lead"].slug,
        "title": "Rochdale Borough Council",
    }
    assert [m["slug"] for m in news["involved_members"]] == [content["partner"].slug]
    assert news["themes"] == [{"slug": "housing", "name": "Housing"}]
    assert news["body"][0]["type"] == "paragraph"
    event = get_json(f"{API}events/{content['past'].pk}/")
    assert event["starts_at"].startswith("2023-11-09")
    assert event["attendance"] == "in_person" and event["is_past"] is True
    member = get_json(f"{API}members/{content['lead'].pk}/")
    assert member["region"] == {"slug": "north-west", "name": "North West"}
    assert member["year_joined"] == 2013
    lab = get_json(f"{API}labs/{content['lab'].pk}/")
    assert lab["final_report"]["id"] == content["report"].pk
    assert lab["final_report"]["meta"]["download_url"].startswith("http://testserver/documents/")
    toolkit = get_json(f"{API}toolkits/{content['toolkit'].pk}/")
    assert toolkit["originating_lab"]["title"] == "Co-operative Governance"


def test_an_item_of_another_type_is_not_found_at_an_endpoint(content):
    get_json(f"{API}news/{content['story'].pk}/", status=404)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("case-studies/?theme=housing", ["Community energy"]),
        ("case-studies/?region=north-west", ["Community energy"]),
        ("case-studies/?member={partner}", ["Tenant-led repairs"]),
        ("case-studies/?year=2018", ["Tenant-led repairs"]),
        ("labs/?year=2024&member={partner}", ["Co-operative Governance"]),
        ("toolkits/?member={lead}&principle=co-production", []),
        ("news/?member={partner}&year=2024", ["Lab funded"]),
        ("news/?year=2020", []),
        ("events/?when=past", ["Conference"]),
        ("events/?when=upcoming&theme=housing", []),
        ("events/?member={partner}&year=2023", ["Conference"]),
        ("members/?region=north-west&year=2013", ["Rochdale Borough Council"]),
    ],
)
def test_filters_take_the_listings_slugs_and_years(content, query, expected):
    query = query.format(lead=content["lead"].slug, partner=content["partner"].slug)
    assert titles(f"{API}{query}") == expected


@pytest.mark.parametrize(
    "query, message",
    [
        ("news/?theme=nothing", "no theme 'nothing'"),
        ("news/?year=20x4", "no year '20x4'"),
        ("events/?when=soon", "no when 'soon'"),
        ("members/?theme=housing", "not an operation or a filter of this endpoint: theme"),
        ("news/?type=home.HomePage", "not an operation or a filter of this endpoint: type"),
        ("news/?title=Lab funded", "not an operation or a filter of this endpoint: title"),
    ],
)
def test_a_bad_filter_is_an_error_not_an_empty_list(content, query, message):
    assert message in get_json(f"{API}{query}", status=400)["message"]


def test_search_order_and_fields_work_as_in_wagtails_api(content):
    assert titles(f"{API}case-studies/?order=title") == ["Community energy", "Tenant-led repairs"]
    assert titles(f"{API}case-studies/?order=-title") == ["Tenant-led repairs", "Community energy"]
    item = get_json(f"{API}news/?fields=date,themes")["items"][0]
    assert item["date"] == "2024-03-14" and item["themes"][0]["slug"] == "housing"


def test_only_public_live_content_even_for_a_superuser(content, django_user_model):
    group = Group.objects.get_or_create(name="Members")[0]
    restriction = PageViewRestriction.objects.create(
        page=content["other_story"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    PageViewRestriction.objects.create(
        page=content["event"], restriction_type=PageViewRestriction.LOGIN
    )
    factories.NewsPageFactory(parent=content["news_index"], title="Draft news", live=False)
    unpublished = factories.DocumentFactory(title="Not yet published")
    superuser = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    signed_in = Client()
    signed_in.force_login(superuser)
    for client in (Client(), signed_in):
        assert titles(f"{API}case-studies/", client) == ["Community energy"]
        assert titles(f"{API}events/", client) == ["Conference"]
        assert titles(f"{API}news/", client) == ["Lab funded"]
        assert titles(f"{API}documents/", client) == ["Governance final report"]
        get_json(f"{API}case-studies/{content['other_story'].pk}/", client, status=404)
        get_json(f"{API}documents/{unpublished.pk}/", client, status=404)
    response = signed_in.get(f"{API}news/")
    assert "Cookie" not in response.get("Vary", "")


def test_cors_lets_any_site_read_the_api_and_nothing_else(content):
    client = Client()
    response = client.get(f"{API}news/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert client.head(f"{API}news/")["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        f"{API}events/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    # Errors are readable too, so a script sees why.
    assert client.get(f"{API}news/?year=x")["Access-Control-Allow-Origin"] == "*"
    # Writing is refused, and nothing outside the API is shared.
    post = client.post(f"{API}news/", HTTP_ORIGIN="https://example.org")
    assert post.status_code == 405 and "Access-Control-Allow-Origin" not in post
    assert "Access-Control-Allow-Origin" not in client.get("/sitemap.xml")
    assert "Access-Control-Allow-Origin" not in client.get(content["news"].url)


# A fixed handful: the page of items with what the viewer may not see left out in the same
# query (core.privacy), the count, one query per prefetched relation; a detail reads the page's
# parent instead of counting.
LIST_QUERIES = {
    "case-studies": 5,
    "toolkits": 4,
    "labs": 5,
    "members": 2,
    "news": 5,
    "events": 5,
    "documents": 3,
}
DETAIL_QUERIES = {
    "case-studies": 6,
    "toolkits": 5,
    "labs": 6,
    "members": 3,
    "news": 6,
    "events": 6,
    "documents": 2,
}


def add_items(endpoint, count, start, content):
    lead, partner, housing = content["lead"], content["partner"], content["housing"]
    for number in range(start, start + count):
        if endpoint == "case-studies":
            factories.CaseStudyPageFactory(
                parent=content["case_study_index"],
                lead_member=lead,
                partner_members=[partner],
                themes=[housing],
            )
        elif endpoint == "toolkits":
            factories.ToolkitPageFactory(
                parent=content["toolkit_index"], originating_lab=content["lab"], themes=[housing]
            )
        elif endpoint == "labs":
            factories.PolicyLabPageFactory(
                parent=content["lab_index"],
                lead_member=lead,
                partner_members=[partner],
                themes=[housing],
            )
        elif endpoint == "members":
            factories.MemberPageFactory(parent=content["member_index"], region=lead.region)
        elif endpoint == "news":
            factories.NewsPageFactory(
                parent=content["news_index"],
                lead_member=lead,
                involved_members=[partner],
                themes=[housing],
            )
        elif endpoint == "events":
            factories.EventPageFactory(
                parent=content["event_index"],
                lead_member=lead,
                involved_members=[partner],
                themes=[housing],
            )
        elif endpoint == "documents":
            document = factories.DocumentFactory(title=f"Output {number}")
            document.tags.add("report")
            content["lab"].outputs.create(document=document)
    if endpoint == "documents":
        content["lab"].save_revision().publish()  # the lab's outputs published together


def count_queries(url):
    Client().get(url)  # site root paths and content types cached, as in steady use
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize("endpoint", list(LIST_QUERIES))
def test_a_list_costs_the_same_for_5_items_as_for_50(endpoint, content, django_assert_num_queries):
    url = f"{API}{endpoint}/?limit=60&fields=*"
    add_items(endpoint, 5, 0, content)
    with_five = count_queries(url)
    add_items(endpoint, 45, 5, content)
    with_fifty = count_queries(url)
    assert with_five == with_fifty
    Client().get(f"{API}{endpoint}/")
    with django_assert_num_queries(LIST_QUERIES[endpoint]):
        Client().get(f"{API}{endpoint}/")


@pytest.mark.parametrize("endpoint", list(DETAIL_QUERIES))
def test_a_detail_costs_a_fixed_number_of_queries(endpoint, content, django_assert_num_queries):
    obj = {
        "case-studies": "story",
        "toolkits": "toolkit",
        "labs": "lab",
        "members": "lead",
        "news": "news",
        "events": "event",
        "documents": "report",
    }[endpoint]
    url = f"{API}{endpoint}/{content[obj].pk}/"
    Client().get(url)
    with django_assert_num_queries(DETAIL_QUERIES[endpoint]):
        assert Client().get(url).status_code == 200
