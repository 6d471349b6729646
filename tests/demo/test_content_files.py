"""The demo content's data files, read as the importers and the demo-only steps read them,
without a database: each record has only fields its importer knows, names only pictures and
documents the demo draws, and holds nobody's email address or phone number."""

import re
from collections import Counter

import pytest

from casestudies.importers import FIELDS as CASE_STUDY_FIELDS
from core.import_streams import body_blocks
from core.names import NameMatcher
from demo.loader import content, media
from labs.importers import FIELDS as LAB_FIELDS
from members.importers import FIELDS as MEMBER_FIELDS
from members.importers import PARTNER_FIELDS
from toolkits.importers import FIELDS as TOOLKIT_FIELDS

IMPORTED = {
    "partner_organisations.json": PARTNER_FIELDS,
    "members.json": MEMBER_FIELDS,
    "labs.json": LAB_FIELDS,
    "case_studies.json": CASE_STUDY_FIELDS,
    "toolkits.json": TOOLKIT_FIELDS,
}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b")
NETWORK_EMAIL = "comms@councils.coop"


def data(name):
    return [record for _number, record in content.records(name)]


@pytest.mark.parametrize("name", IMPORTED)
def test_every_record_has_only_fields_its_importer_reads(name):
    unknown = {key for record in data(name) for key in record} - IMPORTED[name]
    assert unknown == set()


@pytest.mark.parametrize("name", ["case_studies.json", "labs.json", "toolkits.json"])
def test_titles_are_unique(name):
    repeated = [title for title, n in Counter(r["title"] for r in data(name)).items() if n > 1]
    assert repeated == []


def test_the_2020_members_list():
    by_type = Counter(member["member_type"] for member in data("members.json"))
    assert by_type == {"Full council member": 29, "Associate": 17, "Affiliate": 23}


def test_no_partner_organisation_is_a_member():
    members = NameMatcher(
        (member["name"], [member["name"], *member.get("also_known_as", [])])
        for member in data("members.json")
    )
    partners = [partner["name"] for partner in data("partner_organisations.json")]
    assert [name for name in partners if members.find(name)] == []


def test_every_body_reads_as_blocks():
    for name in ("case_studies.json", "toolkits.json", "standard_pages.json"):
        for record in data(name):
            if "body" in record:
                kinds = {kind for kind, _value in body_blocks(record["body"])}
                assert kinds <= {"heading", "paragraph", "key_figures", "quote"}, record["title"]


def test_the_pictures_and_documents_named_are_the_ones_drawn():
    images = {image["title"] for image in data("images.json")}
    named = {
        record[key]
        for name in IMPORTED
        for record in data(name)
        for key in ("logo", "listing_image")
        if key in record
    }
    assert named == images
    documents = {document["title"] for document in data("documents.json")}
    resources = {r["document"] for toolkit in data("toolkits.json") for r in toolkit["resources"]}
    reports = {d["title"] for d in data("documents.json") if "final_report_of" in d}
    assert resources | reports == documents
    labs = {lab["title"] for lab in data("labs.json")}
    assert {d["final_report_of"] for d in data("documents.json") if "final_report_of" in d} <= labs


def test_every_document_source_reads_as_an_outline():
    for document in data("documents.json"):
        heading, sections, items = media.read_outline(content.text(document["source"]))
        if document["drawing"] == "report":
            assert sections and all(paragraphs for _heading, paragraphs in sections)
        else:
            assert heading and items


def test_the_navigation_links_pages_the_demo_makes():
    site = content.document("site.json")
    slugs = {page["slug"] for page in site["index_pages"]} | {
        page["slug"] for page in data("standard_pages.json")
    }
    slugs.add(site["contact_page"]["slug"])
    for name in ("primary_navigation", "footer_navigation"):
        assert {link["page"] for link in site[name] if "page" in link} <= slugs


def test_the_content_holds_no_personal_email_address_or_phone_number():
    texts = [content.text(path.name) for path in content.CONTENT_DIR.glob("*.json")]
    texts += [
        content.text(f"documents/{path.name}") for path in content.CONTENT_DIR.glob("documents/*")
    ]
    for text in texts:
        assert set(EMAIL.findall(text)) <= {NETWORK_EMAIL}
        assert not PHONE.search(text)
