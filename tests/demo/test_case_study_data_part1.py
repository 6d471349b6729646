"""Checks the shape and limits of the part 1 demo case studies before the loader sees them."""

import re
from html.parser import HTMLParser

import pytest

from core.models import Principle, Theme
from demo.data.case_studies_part1 import CASE_STUDIES

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
THEME_SLUGS = {
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
# Names as printed in the booklet's members list (correct at 1 May 2020), used by the loader.
MEMBER_NAMES = {
    "Bassetlaw District Council",
    "Brent Council",
    "Bristol City Council",
    "Cardiff Council",
    "Croydon Council",
    "Glasgow City Council",
    "Royal Borough of Greenwich",
    "Hull City Council",
    "Kirklees Council",
    "Knowsley Metropolitan Borough Council",
    "Lambeth Council",
    "Milton Keynes Council",
    "Newcastle City Council",
    "Oldham Council",
    "Plymouth City Council",
    "Preston City Council",
    "Co-operatives UK",
}
BLOCK_TYPES = {"heading", "paragraph", "key_figures", "quote"}
ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b")

ids = [study["title"][:40] for study in CASE_STUDIES]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def words(text):
    return len(re.sub(r"<[^>]+>", " ", text).split())


def paragraphs(study):
    return [value for kind, value in study["body"] if kind == "paragraph"]


def test_part_one_holds_the_23_stories_from_bassetlaw_to_preston():
    assert len(CASE_STUDIES) == 23
    assert CASE_STUDIES[0]["lead"] == "Bassetlaw District Council"
    assert CASE_STUDIES[-1]["title"] == "The Preston Model"


def test_titles_are_unique():
    titles = [study["title"] for study in CASE_STUDIES]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_entry_shape(study):
    assert set(study) == REQUIRED_KEYS
    assert study["year"] == 2020
    assert study["title"] == study["title"].strip() and "*" not in study["title"]
    assert len(study["title"]) <= 255
    assert study["contact_name"] or study["contact_role"]


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_members_and_partners(study):
    assert study["lead"] in MEMBER_NAMES
    assert set(study["partner_members"]) <= MEMBER_NAMES
    assert study["lead"] not in study["partner_members"]
    assert not set(study["partner_organisations"]) & MEMBER_NAMES
    assert len(study["partner_organisations"]) == len(set(study["partner_organisations"]))


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_themes_and_principles_are_valid(study):
    assert 1 <= len(study["themes"]) <= 3
    assert set(study["themes"]) <= THEME_SLUGS
    assert 1 <= len(study["principles"]) <= 3
    assert all(number in range(1, 11) for number in study["principles"])


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_summary_is_one_or_two_short_sentences(study):
    assert 12 <= words(study["summary"]) <= 45


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_body_carries_the_story(study):
    kinds = [kind for kind, _ in study["body"]]
    assert set(kinds) <= BLOCK_TYPES
    assert kinds[0] == "heading"
    assert kinds.count("heading") >= 2
    assert len(paragraphs(study)) >= 3
    assert 180 <= sum(words(text) for text in paragraphs(study)) <= 450


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_body_blocks_fit_their_fields(study):
    for kind, value in study["body"]:
        if kind == "heading":
            assert 0 < len(value) <= 120
        elif kind == "paragraph":
            assert value.startswith(("<p>", "<ul>")), value[:40]
            parser = TagCollector()
            parser.feed(value)
            assert parser.tags <= ALLOWED_TAGS
        elif kind == "key_figures":
            assert value
            for item in value:
                assert set(item) == {"figure", "label"}
                assert 0 < len(item["figure"]) <= 40 and 0 < len(item["label"]) <= 160
        elif kind == "quote":
            assert set(value) == {"quote", "attribution"}
            assert words(value["quote"]) < 30 and value["attribution"]


@pytest.mark.parametrize("study", CASE_STUDIES, ids=ids)
def test_no_contact_details_in_content(study):
    text = repr(study)
    assert not EMAIL.search(text)
    assert not PHONE.search(text)


@pytest.mark.django_db
def test_themes_and_principles_exist_in_the_seeded_taxonomy():
    used_themes = {slug for study in CASE_STUDIES for slug in study["themes"]}
    used_principles = {number for study in CASE_STUDIES for number in study["principles"]}
    assert used_themes <= set(Theme.objects.values_list("slug", flat=True))
    assert used_principles <= set(Principle.objects.values_list("number", flat=True))
