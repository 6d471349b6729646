"""import_members: CSV or JSON in, member profiles out."""

import pytest
from django.core.management.base import CommandError

from members.choices import MemberType, OrganisationKind
from members.models import MemberPage

HEADER = (
    "name,member_type,organisation_kind,region,website,year_joined,lead_member_name,"
    "lead_member_role,contact_name,contact_role,contact_email,contact_phone,introduction"
)
ROCHDALE = (
    "Rochdale Borough Council,Full council,Local authority,North West,www.rochdale.gov.uk,2013,"
    "Cllr Ada Lovelace,Cabinet Member,Sam Officer,Policy Officer,sam@example.org,01706 000000,"
    '"A council that co-operates.\n\n- Shared services\n- Co-op housing"'
)
CO_OPS = (
    "Co-operatives UK,Affiliate member,Co-operative,,https://www.uk.coop/,2014,,,,,,,"
    "The voice of co-operatives."
)


def csv_text(*rows):
    return "\n".join([HEADER, *rows]) + "\n"


def test_csv_happy_path(run_command, member_index):
    stdout, stderr = run_command("import_members", csv_text(ROCHDALE, CO_OPS), ".csv")
    rochdale = MemberPage.objects.get(title="Rochdale Borough Council")
    assert rochdale.live and rochdale.get_parent().specific == member_index
    assert rochdale.member_type == MemberType.FULL
    assert rochdale.organisation_kind == OrganisationKind.LOCAL_AUTHORITY
    assert rochdale.region.slug == "north-west"
    assert rochdale.website == "https://www.rochdale.gov.uk"
    assert rochdale.year_joined == 2013
    assert (rochdale.lead_member_name, rochdale.lead_member_role) == (
        "Cllr Ada Lovelace",
        "Cabinet Member",
    )
    assert [contact.as_tuple() for contact in rochdale.contacts.all()] == [
        ("Sam Officer", "Policy Officer", "sam@example.org", "01706 000000")
    ]
    assert rochdale.introduction == (
        "<p>A council that co-operates.</p><ul>\n<li>Shared services</li>\n<li>Co-op housing</li>"
        "\n</ul>"
    )
    co_ops = MemberPage.objects.get(title="Co-operatives UK")
    assert co_ops.member_type == MemberType.AFFILIATE
    assert co_ops.organisation_kind == OrganisationKind.COOPERATIVE
    assert co_ops.region is None
    assert "Row 2: created: Rochdale Borough Council" in stdout
    assert "Row 3: created: Co-operatives UK" in stdout
    assert "2 members: 2 created" in stdout
    assert "2/2" in stderr


def test_json_happy_path(run_command, member_index):
    run_command(
        "import_members",
        [
            {
                "name": "Hackney Council",
                "member_type": "full",
                "organisation_kind": "local_authority",
                "region": "london",
                "introduction": "A London borough.",
            }
        ],
    )
    hackney = MemberPage.objects.get()
    assert hackney.region.name == "London"
    assert hackney.introduction == "<p>A London borough.</p>"


def test_reimport_updates_by_name_and_keeps_other_fields(run_command, member_index):
    run_command("import_members", csv_text(ROCHDALE), ".csv")
    page = MemberPage.objects.get()
    page.search_description = "Written by comms"
    page.save_revision().publish()

    row = "rochdale borough council,,,,,,Cllr New Leader,,,,,,"
    stdout, _ = run_command("import_members", csv_text(row), ".csv")
    page = MemberPage.objects.get()
    assert page.lead_member_name == "Cllr New Leader"
    assert page.lead_member_role == "Cabinet Member"  # empty cell: kept
    assert page.year_joined == 2013
    assert page.search_description == "Written by comms"
    assert page.live and page.revisions.count() == 3
    assert "Row 2: updated: Rochdale Borough Council (changed lead member name)" in stdout

    stdout, _ = run_command("import_members", csv_text(row), ".csv")
    assert "0 created, 0 updated, 1 unchanged, 0 skipped" in stdout
    assert MemberPage.objects.count() == 1


def test_dry_run_writes_nothing(run_command, member_index):
    stdout, _ = run_command("import_members", csv_text(ROCHDALE, CO_OPS), ".csv", "--dry-run")
    assert MemberPage.objects.count() == 0
    assert "Row 2: would be created: Rochdale Borough Council" in stdout
    assert "Dry run, nothing was saved." in stdout


def test_bad_rows_are_reported_with_their_row_number_and_skipped(run_command, member_index):
    rows = [
        ROCHDALE,
        ",Full council,Local authority,,,,,,,,,,Nameless.",
        "Bad Type Council,Honorary,Local authority,,,,,,,,,,Intro.",
        "Bad Year Council,Full,Local authority,,,1999,,,,,,,Intro.",
        "Bad Email Council,Full,Local authority,,,,,,,,nobody,,Intro.",
        "Bad Region Council,Full,Local authority,Atlantis,,,,,,,,,Intro.",
        "No Intro Council,Full,Local authority,,,,,,,,,,",
        CO_OPS,
    ]
    stdout, _ = run_command("import_members", csv_text(*rows), ".csv")
    assert set(MemberPage.objects.values_list("title", flat=True)) == {
        "Rochdale Borough Council",
        "Co-operatives UK",
    }
    assert "Row 3: skipped: name is missing" in stdout
    assert "Row 4: skipped: member_type 'Honorary' is not one of:" in stdout
    assert "Row 5: skipped: year_joined 1999 is not between 2012 and 2100" in stdout
    assert "Row 6: skipped: contact_email 'nobody' is not a valid email address" in stdout
    assert "Row 7: skipped: unknown region 'Atlantis'" in stdout
    assert "Row 8: skipped: a new member profile needs introduction" in stdout
    assert "2 created, 0 updated, 0 unchanged, 6 skipped" in stdout


def test_excel_csv_with_bom_semicolons_crlf_and_windows_encoding(run_command, member_index):
    text = (
        "\ufeffName;Member type;Organisation kind;Introduction\r\n"
        "Ystradgynlais Town Council;Associate;Town council;Caf\u00e9 and community hub\r\n"
        ";;;\r\n"
    )
    stdout, _ = run_command("import_members", text.encode("cp1252", errors="ignore"), ".csv")
    # A BOM cannot be encoded in cp1252, so try UTF-8 with BOM too.
    page = MemberPage.objects.get()
    assert page.title == "Ystradgynlais Town Council"
    assert page.member_type == MemberType.ASSOCIATE
    assert page.organisation_kind == OrganisationKind.TOWN_COUNCIL
    assert "Café" in page.introduction

    page.delete()
    run_command("import_members", text.encode("utf-8"), ".csv")
    assert MemberPage.objects.get().title == "Ystradgynlais Town Council"


def test_format_option_and_unknown_extension(run_command, member_index):
    run_command("import_members", csv_text(CO_OPS), ".txt", "--format", "csv")
    assert MemberPage.objects.count() == 1
    with pytest.raises(CommandError, match="Cannot tell the format"):
        run_command("import_members", csv_text(CO_OPS), ".txt")


@pytest.mark.parametrize(
    "content, suffix, message",
    [
        ("", ".csv", "is empty"),
        ('name,member_type\n"Unclosed,full\n', ".csv", None),
        ("not json", ".json", "is not valid JSON"),
        ('{"name": "x"}', ".json", "must hold a JSON array"),
    ],
)
def test_malformed_files(run_command, member_index, content, suffix, message):
    if message is None:
        # An unclosed quote swallows the rest of the file: the row is reported, not a crash.
        stdout, _ = run_command("import_members", content, suffix)
        assert "skipped" in stdout
        assert MemberPage.objects.count() == 0
    else:
        with pytest.raises(CommandError, match=message):
            run_command("import_members", content, suffix)


def test_extra_cells_in_a_row_are_reported(run_command, member_index):
    stdout, _ = run_command("import_members", csv_text(CO_OPS + ",surprise"), ".csv")
    assert "Row 2: skipped: it has more cells than the header" in stdout
