"""The demo content command: every record of the data files imports, every page it builds
renders and its links lead somewhere, a second run changes nothing and keeps editors' changes,
and what it prints is one table whose items are the same on every run.

The command is slow (it builds a whole site), so it runs once for this module inside a
transaction that is rolled back when the module's tests are done. The module runs where `make
run` loads the demo content, on SQLite (`make test` runs the suite on SQLite before
PostgreSQL). On PostgreSQL the same command builds the site the search quality tests read
(tests/relevance), which fails if any record does not fit there, and tests/public_site renders
every page type.
"""

import io
import re
from collections import Counter
from html.parser import HTMLParser

import pypdf
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page, ReferenceIndex, Site

from casestudies.models import CaseStudyPage
from contact.models import ContactPage
from core.models import SiteChrome
from demo.loader import content
from home.models import HomePage, StandardPage
from labs.choices import LabStatus
from labs.models import PolicyLabPage
from members.choices import MemberType, OrganisationKind
from members.models import MemberPage, PartnerOrganisation
from toolkits.models import ToolkitPage

MODELS = (MemberPage, PartnerOrganisation, PolicyLabPage, CaseStudyPage, ToolkitPage, StandardPage)
TABLE_ROW = re.compile(r"^\s+(\S.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", re.MULTILINE)

pytestmark = pytest.mark.heavy


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    if connection.vendor != "sqlite":
        pytest.skip("The demo content command's own checks run on SQLite, as `make run` does")
    # As on a real site, Wagtail's own search index (the admin's) is kept up to date as it runs.
    index_kept = {
        name: {**backend, "AUTO_UPDATE": True}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with (
        django_db_blocker.unblock(),
        override_settings(WAGTAILSEARCH_BACKENDS=index_kept),
        transaction.atomic(),
    ):
        stdout = io.StringIO()
        call_command("load_demo_content", stdout=stdout)
        yield stdout.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def data(name):
    return [record for _number, record in content.records(name)]


def counts():
    return {model.__name__: model.objects.count() for model in MODELS} | {
        "Page": Page.objects.count()
    }


def summary(output):
    """{kind: (items, created, updated, unchanged)} from the command's table."""
    return {row[0]: tuple(map(int, row[1:])) for row in TABLE_ROW.findall(output)}


def run_again():
    stdout = io.StringIO()
    call_command("load_demo_content", stdout=stdout)
    return stdout.getvalue()


def pdf_text(document):
    with document.open_file() as handle:
        reader = pypdf.PdfReader(io.BytesIO(handle.read()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


# Every record imports


def test_every_record_of_each_file_became_an_item(demo):
    assert MemberPage.objects.count() == len(data("members.json")) == 69
    assert PartnerOrganisation.objects.count() == len(data("partner_organisations.json"))
    assert PolicyLabPage.objects.count() == len(data("labs.json")) == 4
    assert CaseStudyPage.objects.count() == len(data("case_studies.json")) == 56
    assert ToolkitPage.objects.count() == len(data("toolkits.json")) == 1
    assert StandardPage.objects.count() == len(data("standard_pages.json"))
    titles = set(CaseStudyPage.objects.values_list("title", flat=True))
    assert titles == {record["title"] for record in data("case_studies.json")}


def test_the_summary_is_one_table_of_what_was_made(demo):
    table = summary(demo)
    assert table["member profiles"] == (69, 69, 0, 0)
    assert table["case studies"] == (56, 56, 0, 0)
    assert table["partner organisations"][0] == PartnerOrganisation.objects.count()
    assert "Page created" not in demo and "Published" not in demo
    assert demo.strip().splitlines()[-1].startswith("Demo content ready in")
    assert len(demo.strip().splitlines()) == len(table) + 3  # heading, header row, rows, timing


# What the command builds


def test_members_by_type(demo):
    by_type = Counter(MemberPage.objects.values_list("member_type", flat=True))
    assert by_type == {MemberType.FULL: 29, MemberType.ASSOCIATE: 17, MemberType.AFFILIATE: 23}
    rochdale = MemberPage.objects.get(title="Rochdale Metropolitan Borough Council")
    assert rochdale.region.slug == "north-west"
    assert rochdale.logo.description
    assert "Rochdale MBC" in rochdale.other_names()
    assert MemberPage.objects.get(title="Royal Society of Arts").region is None


def test_partner_organisations_are_not_members(demo):
    member_titles = set(MemberPage.objects.values_list("title", flat=True))
    assert not PartnerOrganisation.objects.filter(name__in=member_titles).exists()
    assert PartnerOrganisation.objects.get(name="Hackney Council").kind == (
        OrganisationKind.LOCAL_AUTHORITY
    )
    story_partner = PartnerOrganisation.objects.get(name="Gentoo Housing Group")
    assert story_partner.kind == OrganisationKind.OTHER


def test_labs(demo):
    governance = PolicyLabPage.objects.get(slug="co-operative-governance")
    assert governance.amount_awarded == 17500
    assert governance.lead_member.title == "Rochdale Metropolitan Borough Council"
    assert set(governance.partner_organisations.values_list("name", flat=True)) >= {
        "Hackney Council",
        "Anthony Collins Solicitors",
    }
    democratising = PolicyLabPage.objects.get(slug="democratising-policy-solutions")
    assert democratising.amount_awarded == 19760
    assert "Burntwood Town Council" in democratising.partner_members.values_list("title", flat=True)
    neighbourhoods = PolicyLabPage.objects.get(slug="co-operative-neighbourhoods")
    assert neighbourhoods.lead_member.title == "Stevenage Borough Council"
    assert neighbourhoods.round_label == "2018/19"


def test_an_open_funding_round_takes_bids(demo, client):
    from applications.models import FundingRound

    round_ = FundingRound.objects.get(slug="policy-labs-demonstration")
    assert round_ in FundingRound.objects.open()
    assert (round_.minimum_amount, round_.maximum_amount) == (10000, 20000)
    assert round_.minimum_partner_members == 3
    page = client.get(f"/apply/{round_.slug}/")
    assert page.status_code == 200
    assert b"Policy labs: demonstration round" in page.content


def test_completed_labs_have_a_readable_final_report(demo):
    completed = PolicyLabPage.objects.filter(status=LabStatus.COMPLETED)
    assert completed.count() == 2
    for lab in completed:
        report = lab.final_report
        assert report is not None
        assert report.collection == lab.collection
        text, pages = pdf_text(report)
        assert pages >= 2
        assert "co-operative difference" in text.lower()
        assert f"Led by {lab.lead_member.title}" in text


def test_toolkit(demo):
    toolkit = ToolkitPage.objects.get()
    assert toolkit.slug == "co-operative-engagement"
    assert toolkit.originating_lab.slug == "co-operative-engagement-toolkit-tests"
    assert [step.value["title"] for step in toolkit.steps][0] == "Choose your challenge"
    assert len(toolkit.steps) == 7
    resource = toolkit.resources.get()
    text, _pages = pdf_text(resource.document)
    assert "checklist" in text.lower()
    rochdale_stories = CaseStudyPage.objects.filter(
        lead_member__title="Rochdale Metropolitan Borough Council"
    )
    assert set(toolkit.related_case_studies.all()) == set(rochdale_stories)


def test_case_studies(demo):
    assert CaseStudyPage.objects.filter(lead_member__isnull=True).count() == 0
    with_images = CaseStudyPage.objects.filter(listing_image__isnull=False)
    assert 0 < with_images.count() < CaseStudyPage.objects.count()
    assert all(page.listing_image.description for page in with_images)
    block_types = {block.block_type for page in CaseStudyPage.objects.all() for block in page.body}
    assert {"heading", "paragraph", "key_figures", "quote"} <= block_types
    preston = CaseStudyPage.objects.get(title="The Preston Model")
    figures = next(block.value for block in preston.body if block.block_type == "key_figures")
    assert figures[0]["figure"] == "18.2%"


def test_home_page_and_navigation(demo):
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(pk=site.root_page_id)
    assert home.introduction
    featured = [item.case_study.title for item in home.featured_case_studies.all()]
    assert featured[0] == "The Preston Model" and len(featured) == 4
    chrome = SiteChrome.for_site(site)
    labels = [link.value["label"] for link in chrome.primary_navigation]
    assert {"Case studies", "Toolkits", "Policy labs", "Members", "About", "Join us"} <= set(labels)
    # The funding application is a form, not a page: the navigation links its path.
    navigation = {link.value["label"]: link.value.href() for link in chrome.primary_navigation}
    assert navigation["Apply for funding"] == reverse("apply:rounds")
    footer = {link.value["label"]: link.value.href() for link in chrome.footer_navigation}
    assert {"Accessibility statement", "Privacy notice", "Cookies"} <= set(footer)
    contact_page = ContactPage.objects.live().get()
    assert footer["Contact us"] == contact_page.url
    assert contact_page.introduction and contact_page.confirmation
    assert chrome.contact_email == "comms@councils.coop"
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {
        "about",
        "values-and-principles",
        "join-us",
        "accessibility-statement",
        "privacy",
        "cookies",
    }


def test_search_and_reference_indexes_are_updated(demo):
    results = CaseStudyPage.objects.live().search("Preston Model")
    assert "The Preston Model" in [page.title for page in results]
    lab = PolicyLabPage.objects.filter(final_report__isnull=False).first()
    references = ReferenceIndex.get_references_to(lab.final_report)
    assert lab.pk in [int(reference.object_id) for reference in references]


def test_every_page_is_live_with_a_published_revision(demo):
    pages = Page.objects.filter(depth__gt=1)
    assert pages.count() > 130
    assert not pages.filter(live=False).exists()
    assert not pages.filter(live_revision__isnull=True).exists()


# Rendering


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = set()

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith("/") and not href.startswith("//"):
            self.hrefs.add(href.split("#")[0])


def test_every_page_renders_and_its_links_lead_somewhere(demo, client):
    failures, links, rendered = [], set(), set()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
            continue
        rendered.add(page.url)
        parser = Links()
        parser.feed(response.content.decode())
        links |= parser.hrefs
    assert failures == []
    broken = []
    for href in sorted(links - rendered):  # the pages themselves were just rendered
        status = client.get(href).status_code
        if status not in (200, 301, 302):
            broken.append((href, status))
    assert broken == []
    assert any(href.startswith("/documents/") for href in links)


def test_one_page_of_each_type_opens_in_the_editor(demo, client, django_user_model):
    editor = django_user_model.objects.create_superuser("demo-editor", "editor@example.org", "x")
    client.force_login(editor)
    pages = Page.objects.filter(depth__gt=1).order_by("content_type_id", "path")
    first_of_each_type = {}
    for page in pages:
        first_of_each_type.setdefault(page.content_type_id, page)
    assert len(first_of_each_type) == 15
    for page in first_of_each_type.values():
        response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200, page.url_path


def test_news_and_events(demo, client):
    from hubevents.models import EventPage
    from news.models import NewsPage

    assert NewsPage.objects.live().count() == 4
    governance = NewsPage.objects.get(slug="co-operative-governance-lab-under-way")
    assert governance.lead_member.title == "Rochdale Metropolitan Borough Council"
    assert [m.title for m in governance.involved_members.all()] == [
        "Cheshire West and Chester Council"
    ]
    events = EventPage.objects.live()
    assert sorted(event.is_past for event in events) == [False, False, False, True]
    home = client.get("/").content.decode()
    assert "What's next" in home and "Co-operative Governance: open learning session" in home
    assert "What's new" in home and "Policy lab funding: bids of £10,000 to £20,000" in home
    profile = client.get(governance.lead_member.url).content.decode()
    assert "Co-operative Governance lab under way" in profile
    assert "Network conference in Sunderland" in profile


# Running it again


def test_second_run_changes_nothing_keeps_edits_and_prints_the_same_items(demo):
    member = MemberPage.objects.get(title="Stevenage Borough Council")
    member.title = "Stevenage Borough Council (edited)"
    member.save_revision().publish()
    story = CaseStudyPage.objects.get(title="The Preston Model")
    story.summary = "Edited by comms."
    story.save_revision().publish()
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.footer_text = "<p>Edited by comms.</p>"
    chrome.save()
    before = counts()

    output = run_again()

    assert counts() == before
    first, second = summary(demo), summary(output)
    assert {kind: row[0] for kind, row in second.items()} == {
        kind: row[0] for kind, row in first.items()
    }
    assert all(created == updated == 0 for _items, created, updated, _same in second.values())
    member.refresh_from_db()
    assert member.title == "Stevenage Borough Council (edited)"
    story.refresh_from_db()
    assert story.summary == "Edited by comms."
    chrome.refresh_from_db()
    assert chrome.footer_text == "<p>Edited by comms.</p>"


def test_a_deleted_page_is_created_again(demo):
    CaseStudyPage.objects.get(slug="the-preston-model").delete()

    output = run_again()

    assert CaseStudyPage.objects.filter(slug="the-preston-model").count() == 1
    assert summary(output)["case studies"] == (56, 1, 0, 55)


def test_items_are_listed_one_a_line_at_verbosity_2(demo):
    stdout = io.StringIO()
    call_command("load_demo_content", verbosity=2, stdout=stdout)
    lines = stdout.getvalue().splitlines()
    assert "member profiles: unchanged: Rochdale Metropolitan Borough Council" in lines
    assert sum(line.startswith("case studies: ") for line in lines) == 56
