"""import_case_studies: JSON in, case study pages out, re-runnable and forgiving of bad records."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Revision

from casestudies.models import CaseStudyPage
from core.models import Principle
from members.models import MemberPage, PartnerOrganisation
from tests import factories

from .records import record


@pytest.fixture
def setting(case_study_index, rochdale, housing, member_index):
    hackney = factories.MemberPageFactory(parent=member_index, title="Hackney Council")
    return {"rochdale": rochdale, "hackney": hackney}


def test_happy_path_creates_a_published_story(run_command, setting):
    stdout, stderr = run_command("import_case_studies", [record()])
    story = CaseStudyPage.objects.get()
    assert story.live and story.revisions.count() == 1
    assert story.lead_member == setting["rochdale"]
    assert list(story.partner_members.all()) == [setting["hackney"]]
    assert [t.slug for t in story.themes.all()] == ["housing"]
    assert sorted(p.number for p in story.principles.all()) == [2, 3]
    assert story.year == 2019
    assert [contact.as_tuple() for contact in story.contacts.all()] == [
        ("Sam Officer", "Housing Lead", "sam@example.org", "01706 000000")
    ]
    blocks = [(child.block_type, child.block.get_prep_value(child.value)) for child in story.body]
    assert blocks == [
        (
            "paragraph",
            "<p>Residents and the council <b>shared</b> the work.</p>"
            "<ul>\n<li>Tenants ran the repairs board</li>\n<li>Costs fell by a fifth</li>\n</ul>",
        ),
        ("heading", {"text": "What next", "level": "h2"}),
        (
            "paragraph",
            '<p>The model spreads to <a href="https://example.org/estates">other estates</a>.</p>',
        ),
        (
            "paragraph",
            '<p>Find out more: <a href="https://example.org/repairs">'
            "https://example.org/repairs</a></p>",
        ),
    ]
    assert "Record 1: created: Tenant-led repairs (Rochdale Borough Council)" in stdout
    assert "1 case studies: 1 created, 0 updated, 0 unchanged, 0 skipped." in stdout
    assert "Importing [" in stderr and "1/1" in stderr


def test_story_page_renders(run_command, setting, client):
    run_command("import_case_studies", [record()])
    html = client.get(CaseStudyPage.objects.get().url).content.decode()
    assert "Tenants ran the repairs board" in html


def test_reimport_updates_without_duplicating_and_keeps_other_fields(run_command, setting):
    run_command("import_case_studies", [record()])
    story = CaseStudyPage.objects.get()
    # Comms improve a field the file does not carry.
    story.search_description = "Edited by comms"
    story.save_revision().publish()

    stdout, _ = run_command(
        "import_case_studies",
        [record(organisation="rochdale borough council", summary="New summary.", year=None)],
    )
    story = CaseStudyPage.objects.get()
    assert story.summary == "New summary."
    assert story.search_description == "Edited by comms"
    assert story.year == 2019  # left out of the record, so kept
    assert story.live and story.revisions.count() == 3
    assert "Record 1: updated: Tenant-led repairs (Rochdale Borough Council) (changed summary)" in (
        stdout
    )


def test_reimporting_the_same_file_changes_nothing(run_command, setting):
    run_command("import_case_studies", [record()])
    stdout, _ = run_command("import_case_studies", [record()])
    assert CaseStudyPage.objects.count() == 1
    assert Revision.objects.filter(object_id=str(CaseStudyPage.objects.get().pk)).count() == 1
    assert "0 created, 0 updated, 1 unchanged, 0 skipped" in stdout


def test_reimport_keeps_a_draft_a_draft(run_command, setting):
    run_command("import_case_studies", [record()], ".json", "--draft")
    story = CaseStudyPage.objects.get()
    assert not story.live
    run_command("import_case_studies", [record(summary="Changed.")])
    story.refresh_from_db()
    assert not story.live
    assert story.get_latest_revision_as_object().summary == "Changed."


def test_same_title_from_another_organisation_is_another_story(run_command, setting):
    run_command(
        "import_case_studies",
        [record(), record(organisation="Hackney Council", partner_organisation=None)],
    )
    assert CaseStudyPage.objects.count() == 2
    assert len(set(CaseStudyPage.objects.values_list("slug", flat=True))) == 2


def test_dry_run_writes_nothing_and_reports(run_command, setting):
    run_command("import_case_studies", [record()])
    pages_before = MemberPage.objects.count()
    stdout, _ = run_command(
        "import_case_studies",
        [
            record(summary="Changed."),
            record(title="A new story", organisation="Newtown Co-op"),
            record(title="Bad", year="soon"),
        ],
        ".json",
        "--dry-run",
    )
    assert CaseStudyPage.objects.count() == 1
    assert CaseStudyPage.objects.get().summary == "Tenants run the repairs service."
    assert MemberPage.objects.count() == pages_before
    assert "Record 1: would be updated" in stdout
    assert "Record 2: skipped: organisation 'Newtown Co-op' matches no member profile" in stdout
    assert "Record 3: skipped: year must be a year such as 2021, not 'soon'" in stdout
    assert "Dry run, nothing was saved." in stdout
    assert "0 would be created, 1 would be updated, 0 would be unchanged, 2 would be skipped" in (
        stdout
    )


def test_bad_records_are_reported_and_skipped_while_good_ones_import(run_command, setting):
    records = [
        record(title="Good one"),
        record(title=""),
        {"title": "No body", "organisation": "Rochdale Borough Council"},
        record(title="Wrong type", summary=["a", "list"]),
        record(title="Unknown theme", themes=["Housing", "Astrology"]),
        record(title="Bad year", year=1850),
        record(title="Bad email", contact_email="not-an-email"),
        "just a string",
        record(title="Bad principle", principles=[42]),
        record(title="Another good one", organisation="Rochdale & District Council"),
    ]
    stdout, stderr = run_command("import_case_studies", records, ".json", "--new-members")
    titles = set(CaseStudyPage.objects.values_list("title", flat=True))
    assert titles == {"Good one", "Another good one"}
    assert "CommandError: 8 of 10 case studies skipped (see above); the others were kept." in (
        stderr
    )
    assert "Record 2: skipped: title is missing" in stdout
    assert "Record 3: skipped: body is missing" in stdout
    assert "Record 4: skipped: summary must be text, not list" in stdout
    assert "Record 5: skipped: unknown theme 'Astrology'" in stdout
    assert "Record 6: skipped: year 1850 is not between 2000 and 2100" in stdout
    assert "Record 7: skipped: contact_email 'not-an-email' is not a valid email address" in stdout
    assert "Record 8: skipped: it is a str, not an object of fields" in stdout
    assert "Record 9: skipped: unknown principle '42'" in stdout
    assert "2 created, 0 updated, 0 unchanged, 8 skipped" in stdout


def test_a_failed_record_leaves_nothing_behind(run_command, setting):
    """A record that creates a draft member and then fails is rolled back whole."""
    members_before = MemberPage.objects.count()
    stdout, _ = run_command(
        "import_case_studies",
        [record(organisation="Brand New Org", title="x" * 300)],
        ".json",
        "--new-members",
    )
    assert "title is longer than 255 characters" in stdout
    assert MemberPage.objects.count() == members_before
    assert PartnerOrganisation.objects.count() == 0


def test_a_record_failing_after_it_wrote_is_undone_and_forgotten(run_command, setting, monkeypatch):
    """The first record creates a draft member, then fails; the second, for the same new
    organisation, must create the member again rather than point at the undone one."""
    from django.core.exceptions import ValidationError

    from casestudies.importers import CaseStudyImporter

    real_apply = CaseStudyImporter._apply

    def failing_apply(self, page, values, *args):
        if values["title"] == "Fails late":
            raise ValidationError({"body": ["Simulated failure after the member was created."]})
        return real_apply(self, page, values, *args)

    monkeypatch.setattr(CaseStudyImporter, "_apply", failing_apply)
    stdout, _ = run_command(
        "import_case_studies",
        [
            record(title="Fails late", organisation="Brand New Org", partner_organisation="Newco"),
            record(title="Works", organisation="Brand New Org", partner_organisation="Newco"),
        ],
        ".json",
        "--new-members",
    )
    assert "Record 1: skipped: body: Simulated failure" in stdout
    assert "Record 2: created: Works (Brand New Org)" in stdout
    member = MemberPage.objects.get(title="Brand New Org")
    story = CaseStudyPage.objects.get()
    assert story.lead_member == member
    assert [p.name for p in story.partner_organisations.all()] == ["Newco"]


def test_existing_content_survives_a_bad_import(run_command, setting, case_study_index):
    kept = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Already here", lead_member=setting["rochdale"]
    )
    run_command("import_case_studies", [record(title="Already here", body="")])
    kept.refresh_from_db()
    assert kept.live and kept.summary == "Residents and the council redesigned a service together."


def test_unknown_organisation_skips_its_record_and_is_listed(run_command, setting):
    members_before = MemberPage.objects.count()
    stdout, stderr = run_command(
        "import_case_studies", [record(organisation="Rochdale Borugh Council")]
    )
    assert MemberPage.objects.count() == members_before
    assert not CaseStudyPage.objects.exists()
    assert (
        "Record 1: skipped: organisation 'Rochdale Borugh Council' matches no member profile "
        "(did you mean 'Rochdale Borough Council'?): map it with "
        '--match "Rochdale Borugh Council=PROFILE"'
    ) in stdout
    assert "Organisations that match no member profile:" in stdout
    assert (
        "'Rochdale Borugh Council': did you mean 'Rochdale Borough Council'? "
        'Map it with --match "Rochdale Borugh Council=Rochdale Borough Council"'
    ) in stdout
    assert "1 of 1 case studies skipped" in stderr


def test_match_maps_a_name_to_a_profile(run_command, setting):
    stdout, _ = run_command(
        "import_case_studies",
        [record(organisation="Rochdale Borugh Council")],
        ".json",
        "--match",
        "Rochdale Borugh Council=rochdale borough council",
    )
    assert CaseStudyPage.objects.get().lead_member == setting["rochdale"]
    assert "match no member profile" not in stdout


def test_match_to_a_profile_that_does_not_exist_is_a_clear_error(run_command, setting):
    with pytest.raises(CommandError, match="no member profile is called 'Rochdle'"):
        run_command("import_case_studies", [record()], ".json", "--match", "Rochdale=Rochdle")
    with pytest.raises(CommandError, match="must be NAME=PROFILE"):
        run_command("import_case_studies", [record()], ".json", "--match", "Rochdale")


def test_unknown_organisation_becomes_a_draft_member_profile_when_asked(
    run_command, setting, member_index
):
    stdout, _ = run_command(
        "import_case_studies",
        [record(organisation="Newtown Community Energy", website="newtown.example.org")],
        ".json",
        "--new-members",
    )
    member = MemberPage.objects.get(title="Newtown Community Energy")
    assert not member.live
    assert member.get_parent().specific == member_index
    assert member.website == "https://newtown.example.org"
    assert CaseStudyPage.objects.get().lead_member == member
    assert "is not a member: created a draft member profile" in stdout

    # The next run finds the draft profile rather than making another.
    run_command("import_case_studies", [record(organisation="Newtown Community Energy")])
    assert MemberPage.objects.filter(title="Newtown Community Energy").count() == 1


def test_organisation_names_match_across_and_and_ampersand(run_command, setting, member_index):
    factories.MemberPageFactory(parent=member_index, title="Bassetlaw District Council & Partners")
    run_command(
        "import_case_studies", [record(organisation="bassetlaw district council and partners")]
    )
    assert CaseStudyPage.objects.get().lead_member.title == "Bassetlaw District Council & Partners"


def test_partner_that_is_not_a_member_becomes_a_partner_organisation(run_command, setting):
    run_command(
        "import_case_studies",
        [record(partner_organisation=["Hackney Council", "Anthony Collins Solicitors"])],
    )
    story = CaseStudyPage.objects.get()
    assert [m.title for m in story.partner_members.all()] == ["Hackney Council"]
    assert [p.name for p in story.partner_organisations.all()] == ["Anthony Collins Solicitors"]
    run_command("import_case_studies", [record(partner_organisation="Anthony Collins Solicitors")])
    assert PartnerOrganisation.objects.count() == 1


def test_missing_summary_and_year_are_filled_with_a_warning(run_command, setting):
    stdout, _ = run_command("import_case_studies", [record(summary=None, year=None)])
    story = CaseStudyPage.objects.get()
    assert story.summary.startswith("Residents and the council shared the work.")
    assert "warning: no summary given" in stdout
    assert "warning: no year given" in stdout


def test_html_typed_into_markdown_cannot_run(run_command, setting):
    run_command(
        "import_case_studies",
        [
            record(
                body='Hello <script>alert(1)</script> [x](javascript:alert(2)) <b onclick="y">b</b>'
            )
        ],
    )
    html = (
        CaseStudyPage.objects.get()
        .body[0]
        .block.get_prep_value(CaseStudyPage.objects.get().body[0].value)
    )
    assert "<script" not in html and "javascript:" not in html and "onclick" not in html


def test_principles_by_name_number_or_label(run_command, setting):
    run_command(
        "import_case_studies", [record(principles=["Co-production", "8", "10. Walking the talk"])]
    )
    numbers = sorted(p.number for p in CaseStudyPage.objects.get().principles.all())
    assert numbers == [3, 8, 10]
    assert Principle.objects.count() == 10


@pytest.mark.parametrize(
    "content, message",
    [
        ("[{'title': 1}]", "is not valid JSON"),
        ('{"title": "an object"}', "must hold a JSON array"),
        ("", "is not valid JSON"),
    ],
)
def test_malformed_json_is_a_clear_error(run_command, setting, content, message):
    with pytest.raises(CommandError, match=message):
        run_command("import_case_studies", content)


def test_missing_file_is_a_clear_error(setting):
    from django.core.management import call_command

    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_case_studies", "/nonexistent/file.json")


def test_the_command_fails_with_status_1_only_when_records_were_skipped(tmp_path, setting):
    path = tmp_path / "stories.json"
    path.write_text(json.dumps([record(title="Fine")]))
    call_command("import_case_studies", str(path), "--no-progress", stdout=StringIO())
    path.write_text(json.dumps([record(title="Fine"), record(title="")]))
    with pytest.raises(CommandError) as failure:
        call_command("import_case_studies", str(path), "--no-progress", stdout=StringIO())
    assert failure.value.returncode == 1
    assert "1 of 2 case studies skipped" in str(failure.value)
