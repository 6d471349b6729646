"""A demo content record that its importer would skip stops the demo loader with the file,
the record's number and the reason: the demo content must import whole."""

import json
import shutil

import pytest
from django.core.management.base import CommandError

from demo.loader import content
from demo.loader.build import DemoSiteBuilder
from members.models import MemberPage

MEMBER = {
    "name": "Rochdale Metropolitan Borough Council",
    "member_type": "Full council member",
    "organisation_kind": "Local authority",
    "introduction": "A council.",
}
STORY = {
    "title": "A story",
    "organisation": "Rochdale MBC",
    "year": 2020,
    "summary": "What happened.",
    "body": "Text.",
}


@pytest.fixture
def folder(tmp_path):
    """The demo content's frame with one member, one story and nothing else to import or
    draw."""
    for name in ("site.json", "standard_pages.json"):
        shutil.copy(content.CONTENT_DIR / name, tmp_path / name)
    for name in (
        "images.json",
        "documents.json",
        "partner_organisations.json",
        "labs.json",
        "toolkits.json",
    ):
        (tmp_path / name).write_text("[]")
    (tmp_path / "members.json").write_text(json.dumps([MEMBER]))
    return tmp_path


def write_stories(folder, stories):
    (folder / "case_studies.json").write_text(json.dumps(stories))


def test_a_small_content_folder_builds(folder, home_page):
    write_stories(folder, [STORY])
    tally = DemoSiteBuilder(folder=folder).build()
    assert tally.counts["case studies"]["created"] == 1
    assert MemberPage.objects.get().title == MEMBER["name"]


@pytest.mark.parametrize(
    ("story", "reason"),
    [
        (STORY | {"organisation": "Nowhere Council"}, "'Nowhere Council' matches no member"),
        (STORY | {"themes": ["no-such-theme"]}, "unknown theme 'no-such-theme'"),
        (STORY | {"body": [{"video": "x"}]}, "body part 1 must be Markdown text"),
        (STORY | {"listing_image": "Undrawn"}, "no image in the library is called 'Undrawn'"),
    ],
)
def test_a_record_the_importer_skips_stops_the_build(folder, home_page, story, reason):
    write_stories(folder, [STORY | {"title": "Fine"}, story])
    with pytest.raises(CommandError) as raised:
        DemoSiteBuilder(folder=folder).build()
    message = str(raised.value)
    assert message.startswith("case_studies.json: 1 skipped (record 2: ")
    assert reason in message
