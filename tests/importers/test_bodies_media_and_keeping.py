"""What the importers gained for content beyond Markdown: bodies with key figures, quotes and
calls to action; pictures named by their title in the library; --keep-existing; and a page
renamed in the admin still found by the slug its imported name gave it."""

import pytest

from casestudies.models import CaseStudyPage
from members.models import MemberPage
from tests import factories

from .records import record

pytestmark = pytest.mark.django_db

BODY_WITH_PARTS = [
    "## Why\n\nThe estate needed repairs.",
    {"key_figures": [{"figure": "75+", "label": "tenants involved"}]},
    {"quote": "We run it now.", "attribution": "A tenant"},
    {
        "call_to_action": {
            "heading": "Try it",
            "text": "Read the guide.",
            "link": {"label": "The guide", "url": "https://example.org/guide"},
        }
    },
    "### Next\n\nMore estates.",
]


@pytest.fixture
def setting(case_study_index, rochdale, housing):
    return rochdale


def blocks(page):
    return [(block.block_type, block.value) for block in page.body]


def test_a_body_list_gives_key_figures_quotes_and_calls_to_action(run_command, setting):
    stdout, _ = run_command("import_case_studies", [record(body=BODY_WITH_PARTS, website="")])
    assert "1 created" in stdout
    kinds = [kind for kind, _value in blocks(CaseStudyPage.objects.get())]
    assert kinds == [
        "heading",
        "paragraph",
        "key_figures",
        "quote",
        "call_to_action",
        "heading",
        "paragraph",
    ]
    body = CaseStudyPage.objects.get().body
    assert body[2].value[0]["figure"] == "75+"
    assert body[3].value["attribution"] == "A tenant"
    assert body[4].value["link"]["url"] == "https://example.org/guide"
    assert body[5].value["level"] == "h3"


def test_the_same_body_list_again_changes_nothing(run_command, setting):
    run_command("import_case_studies", [record(body=BODY_WITH_PARTS)])
    stdout, _ = run_command("import_case_studies", [record(body=BODY_WITH_PARTS)])
    assert "0 created, 0 updated, 1 unchanged" in stdout
    assert CaseStudyPage.objects.get().revisions.count() == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([{"video": "x"}], "body part 1 must be Markdown text or an object with one of"),
        ([{"key_figures": []}], "key_figures must be a list"),
        ([{"key_figures": [{"figure": "x" * 41, "label": "too long"}]}], "body is not valid"),
        (42, "body must be Markdown text or a list of parts"),
    ],
)
def test_a_bad_body_part_skips_the_record_with_a_reason(run_command, setting, body, message):
    stdout, _ = run_command("import_case_studies", [record(body=body)])
    assert message in stdout
    assert not CaseStudyPage.objects.exists()


def test_a_listing_image_is_named_by_its_title(run_command, setting):
    image = factories.ImageFactory(title="Repairs team")
    run_command("import_case_studies", [record(listing_image="Repairs team")])
    assert CaseStudyPage.objects.get().listing_image == image


def test_an_image_missing_from_the_library_skips_the_record(run_command, setting):
    stdout, _ = run_command("import_case_studies", [record(listing_image="Nowhere")])
    assert "no image in the library is called 'Nowhere'" in stdout
    assert not CaseStudyPage.objects.exists()


def test_keep_existing_leaves_a_story_as_it_is(run_command, setting):
    run_command("import_case_studies", [record()])
    stdout, _ = run_command(
        "import_case_studies",
        [record(summary="Changed."), record(title="New")],
        ".json",
        "--keep-existing",
    )
    assert "1 created, 0 updated, 1 unchanged" in stdout
    assert CaseStudyPage.objects.get(title="Tenant-led repairs").summary != "Changed."


def test_a_renamed_story_and_member_are_found_by_their_slugs(run_command, setting):
    run_command("import_case_studies", [record()])
    story = CaseStudyPage.objects.get()
    story.title = "Repairs run by tenants"
    story.save_revision().publish()
    setting.title = "Our Borough"
    setting.save_revision().publish()

    stdout, _ = run_command("import_case_studies", [record(summary="Updated.")])

    assert "0 created, 1 updated" in stdout
    assert CaseStudyPage.objects.get().summary == "Updated."
    assert MemberPage.objects.get().title == "Our Borough"  # found by its slug, none made


def test_a_member_logo_is_named_by_its_title(run_command, member_index):
    logo = factories.ImageFactory(title="Rochdale logo")
    run_command(
        "import_members",
        [
            {
                "name": "Rochdale Borough Council",
                "member_type": "Full",
                "organisation_kind": "Council",
                "introduction": "A council.",
                "logo": "Rochdale logo",
            }
        ],
    )
    assert MemberPage.objects.get().logo == logo
