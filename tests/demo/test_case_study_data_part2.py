"""Checks on the second half of the demo case studies (Rochdale onwards in the 2020 booklet)."""

import re

import pytest

from demo.data.case_studies_part2 import CASE_STUDIES

REQUIRED_KEYS = {
    "title",
    "lead",
    "partner_members",
    "partner_organisations",
    "year",
    "summary",
    "themes",
    "principles",
    "contact_name",
    "contact_role",
    "body",
}
THEMES = {
    "community-wealth-building",
    "health-and-social-care",
    "housing",
    "neighbourhoods-and-communities",
    "economy-and-enterprise",
    "digital",
    "energy-and-climate",
    "children-and-young-people",
    "procurement-and-social-value",
    "food",
    "democracy-and-engagement",
    "governance",
    "employment-and-skills",
    "culture-and-leisure",
    "finance-and-investment",
}
BLOCK_TYPES = {"heading", "paragraph", "key_figures", "quote"}
# The names this file may use for members, as printed in the booklet's 2020 members list.
MEMBER_NAMES = {
    "Bristol City Council",
    "Kirklees Council",
    "Oldham Council",
    "Plymouth City Council",
    "Rochdale Metropolitan Borough Council",
    "Salford City Council",
    "Sandwell Metropolitan Borough Council",
    "Southampton City Council",
    "South Tyneside Council",
    "Stevenage Borough Council",
    "Sunderland City Council",
    "Tameside Council",
    "Telford and Wrekin Council",
    "Greater Manchester Combined Authority",
    "40C",
    "Bates Wells",
    "The Behaviouralist",
    "Branding.coop",
    "C.Co",
    "The Co-operative College",
    "Co-operatives UK",
    "Ideas Alliance",
    "Locality",
    "Marks Out Of Tenancy",
    "Oxygen Finance",
    "Peopletoo",
    "Power to Change",
    "RedQuadrant",
    "SBI/E3M",
    "Social Value Exchange",
    "Unlimited Potential",
    "Workers Educational Association",
}
# Councils that partnered in these stories but were not members in 2020.
NON_MEMBER_COUNCILS = {
    "London Borough of Lewisham",
    "Dudley Metropolitan Borough Council",
    "Nottingham City Council",
    "Bexley Council",
    "West Lancashire Council",
    "London Borough of Tower Hamlets",
}
ALLOWED_TAGS = {"p", "ul", "li", "strong"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\b0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}\b")


def _ids(study):
    return study["title"][:40]


def _words(text):
    return len(re.sub(r"<[^>]+>", " ", text).split())


def _all_text(study):
    parts = [study["title"], study["summary"], study["contact_name"], study["contact_role"]]
    for kind, value in study["body"]:
        if kind in ("heading", "paragraph"):
            parts.append(value)
        elif kind == "quote":
            parts.extend([value["quote"], value["attribution"]])
        else:
            parts.extend(f"{item['figure']} {item['label']}" for item in value)
    return "\n".join(parts)


def test_count_matches_the_booklet_from_rochdale_onwards():
    assert len(CASE_STUDIES) == 33


def test_titles_are_unique():
    titles = [study["title"] for study in CASE_STUDIES]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("study", CASE_STUDIES, ids=_ids)
class TestEachCaseStudy:
    def test_has_exactly_the_required_keys(self, study):
        assert set(study) == REQUIRED_KEYS

    def test_title_is_clean(self, study):
        title = study["title"]
        assert title == title.strip() and "**" not in title and "\n" not in title
        assert len(title) <= 255

    def test_lead_and_partner_members_are_members(self, study):
        assert study["lead"] in MEMBER_NAMES
        assert set(study["partner_members"]) <= MEMBER_NAMES
        assert study["lead"] not in study["partner_members"]
        assert len(set(study["partner_members"])) == len(study["partner_members"])

    def test_partner_organisations_are_not_members(self, study):
        organisations = study["partner_organisations"]
        assert not set(organisations) & MEMBER_NAMES
        assert len(set(organisations)) == len(organisations)
        assert all(name and name == name.strip() for name in organisations)

    def test_year(self, study):
        assert study["year"] == 2020

    def test_summary_is_short_prose(self, study):
        summary = study["summary"]
        assert 12 <= _words(summary) <= 50
        assert "<" not in summary

    def test_themes_and_principles_are_valid(self, study):
        assert 1 <= len(study["themes"]) <= 3
        assert set(study["themes"]) <= THEMES
        assert len(set(study["themes"])) == len(study["themes"])
        assert 1 <= len(study["principles"]) <= 3
        assert all(isinstance(p, int) and 1 <= p <= 10 for p in study["principles"])
        assert len(set(study["principles"])) == len(study["principles"])

    def test_contact(self, study):
        assert study["contact_name"] and study["contact_role"]
        assert len(study["contact_name"]) <= 255 and len(study["contact_role"]) <= 255

    def test_body_has_substance(self, study):
        body = study["body"]
        kinds = [kind for kind, _ in body]
        assert set(kinds) <= BLOCK_TYPES
        assert kinds[0] == "heading"
        assert kinds.count("heading") >= 2
        paragraphs = [value for kind, value in body if kind == "paragraph"]
        assert len(paragraphs) >= 3
        assert 180 <= sum(_words(p) for p in paragraphs) <= 450

    def test_body_blocks_fit_their_fields(self, study):
        for kind, value in study["body"]:
            if kind == "heading":
                assert isinstance(value, str) and 0 < len(value) <= 120
            elif kind == "paragraph":
                assert value.startswith(("<p>", "<ul>")) and value.endswith(("</p>", "</ul>"))
                assert set(re.findall(r"</?([a-z0-9]+)", value)) <= ALLOWED_TAGS
            elif kind == "key_figures":
                assert value
                for item in value:
                    assert set(item) == {"figure", "label"}
                    assert 0 < len(item["figure"]) <= 40 and 0 < len(item["label"]) <= 160
            else:
                assert set(value) == {"quote", "attribution"}
                assert _words(value["quote"]) < 30
                assert 0 < len(value["attribution"]) <= 200

    def test_no_email_addresses_or_phone_numbers(self, study):
        text = _all_text(study)
        assert not EMAIL.search(text)
        assert not PHONE.search(text)


def test_non_member_councils_are_never_passed_off_as_members():
    for study in CASE_STUDIES:
        named_as_members = {study["lead"], *study["partner_members"]}
        assert not named_as_members & NON_MEMBER_COUNCILS
