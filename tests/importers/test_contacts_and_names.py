"""Several contacts and web addresses per record, and organisations found by their other names,
in both importers."""

from casestudies.models import CaseStudyPage
from members.models import MemberPage
from tests import factories

from .records import record


def contacts_of(page):
    return [contact.as_tuple() for contact in page.contacts.all()]


def story_links(story):
    last = story.body[-1]
    return last.block.get_prep_value(last.value)


def test_contacts_as_a_list_of_objects(run_command, rochdale, case_study_index):
    contacts = [
        {"name": "Michelle Mundie", "role": "Principal Officer Strategy"},
        {"email": "team@example.org", "phone": "0141 287 8607"},
    ]
    run_command("import_case_studies", [record(contacts=contacts, partner_organisation=None)])
    assert contacts_of(CaseStudyPage.objects.get()) == [
        ("Michelle Mundie", "Principal Officer Strategy", "", ""),
        ("", "", "team@example.org", "0141 287 8607"),
    ]


def test_the_booklets_a_semicolon_b_form(run_command, rochdale, case_study_index):
    fields = {
        "contact_name": "Michelle Mundie; Jennifer Sheddan",
        "contact_role": "Principal Officer Strategy",
        "contact_email": "Michelle.Mundie@example.org; Jennifer.Sheddan@example.org",
        "contact_phone": "0141 287 8607;",
        "website": "https://www.howgoodisourplace.org.uk; www.democracycommission.org.uk",
        "partner_organisation": None,
    }
    stdout, _ = run_command("import_case_studies", [record(**fields)])
    story = CaseStudyPage.objects.get()
    assert contacts_of(story) == [
        (
            "Michelle Mundie",
            "Principal Officer Strategy",
            "Michelle.Mundie@example.org",
            "0141 287 8607",
        ),
        ("Jennifer Sheddan", "Principal Officer Strategy", "Jennifer.Sheddan@example.org", ""),
    ]
    assert story_links(story) == (
        "<p>Find out more:</p><ul>"
        '<li><a href="https://www.howgoodisourplace.org.uk">'
        "https://www.howgoodisourplace.org.uk</a></li>"
        '<li><a href="https://www.democracycommission.org.uk">'
        "https://www.democracycommission.org.uk</a></li></ul>"
    )
    stdout, _ = run_command("import_case_studies", [record(**fields)])
    assert "0 created, 0 updated, 1 unchanged, 0 skipped" in stdout


def test_web_addresses_as_a_list(run_command, rochdale, case_study_index):
    run_command(
        "import_case_studies",
        [
            record(
                website=["www.a.example.org", "http://b.example.org/x"], partner_organisation=None
            )
        ],
    )
    html = story_links(CaseStudyPage.objects.get())
    assert 'href="https://www.a.example.org"' in html and 'href="http://b.example.org/x"' in html


def test_changed_contacts_replace_the_old_ones_in_a_new_revision(
    run_command, rochdale, case_study_index
):
    run_command("import_case_studies", [record(partner_organisation=None)])
    stdout, _ = run_command(
        "import_case_studies",
        [
            record(
                partner_organisation=None, contact_name="Ann; Bo", contact_email="a@x.org; b@x.org"
            )
        ],
    )
    assert "(changed contacts)" in stdout
    story = CaseStudyPage.objects.get()
    assert contacts_of(story) == [
        ("Ann", "Housing Lead", "a@x.org", "01706 000000"),
        ("Bo", "Housing Lead", "b@x.org", "01706 000000"),
    ]
    assert story.revisions.count() == 2


def test_bad_contacts_skip_the_record(run_command, rochdale, case_study_index):
    records = [
        record(title="Counts", contact_name="A; B; C", contact_email="a@x.org; b@x.org"),
        record(title="Email", contact_email="a@x.org; nobody"),
        record(title="Nobody", contacts=[{"role": "Policy Officer"}]),
        record(title="Phone", contacts=[{"name": "A", "phone": "ring reception"}]),
        record(title="Field", contacts=[{"name": "A", "mail": "a@x.org"}]),
        record(title="Type", contacts="A"),
        record(title="Site", website="www.fine.org; not a web address"),
    ]
    stdout, _ = run_command("import_case_studies", records)
    assert not CaseStudyPage.objects.exists()
    assert (
        "Record 1: skipped: contact_email has 2 values separated by ';' but contact_name has 3"
    ) in stdout
    assert "Record 2: skipped: contact_email 'nobody' is not a valid email address" in stdout
    assert "Record 3: skipped: contact 1 has no name, email address or phone number" in stdout
    assert "Record 4: skipped: contact 1: 'ring reception' is not a telephone number" in stdout
    assert "Record 5: skipped: contact 1 has an unknown field 'mail'" in stdout
    assert "Record 6: skipped: contacts must be a list of objects" in stdout
    assert "Record 7: skipped: website 'https://not' is not a valid web address" in stdout


def test_an_also_known_as_name_finds_the_profile(run_command, member_index, case_study_index):
    e3m = factories.MemberPageFactory(
        parent=member_index, title="SBI/E3M", also_known_as="E3M\nSocial Business International"
    )
    lambeth = factories.MemberPageFactory(parent=member_index, title="Lambeth Council")
    stdout, _ = run_command(
        "import_case_studies",
        [
            record(title="Northern Roots", organisation="E3M", partner_organisation=None),
            record(
                title="Lambeth Made",
                organisation="London Borough of Lambeth",
                partner_organisation="Social Business International",
            ),
        ],
    )
    assert CaseStudyPage.objects.get(title="Northern Roots").lead_member == e3m
    made = CaseStudyPage.objects.get(title="Lambeth Made")
    assert made.lead_member == lambeth
    assert list(made.partner_members.all()) == [e3m]
    assert MemberPage.objects.count() == 2


def test_a_partner_close_to_a_member_is_kept_with_a_warning(
    run_command, rochdale, case_study_index
):
    stdout, _ = run_command(
        "import_case_studies", [record(partner_organisation="Rochdale Borugh Council")]
    )
    story = CaseStudyPage.objects.get()
    assert [p.name for p in story.partner_organisations.all()] == ["Rochdale Borugh Council"]
    assert "warning: partner 'Rochdale Borugh Council' is not a member profile (did you mean" in (
        stdout
    )


def test_members_import_finds_a_profile_by_another_name_and_adds_names(
    run_command, member_index, rochdale
):
    rows = [
        {
            "name": "Rochdale MBC",
            "also_known_as": "Rochdale Council; Rochdale Metropolitan Borough Council",
            "contacts": [
                {"name": "Helen Chicot", "role": "Place Lead", "email": "helen@example.org"},
                {"name": "Mike O'Keeffe", "phone": "01706 922896"},
            ],
        }
    ]
    stdout, _ = run_command("import_members", rows)
    assert MemberPage.objects.count() == 1
    rochdale = MemberPage.objects.get()
    assert rochdale.title == "Rochdale Borough Council"
    assert rochdale.other_names() == ["Rochdale Council", "Rochdale Metropolitan Borough Council"]
    assert contacts_of(rochdale) == [
        ("Helen Chicot", "Place Lead", "helen@example.org", ""),
        ("Mike O'Keeffe", "", "", "01706 922896"),
    ]
    assert "changed also known as, contacts" in stdout
    stdout, _ = run_command("import_members", rows)
    assert "0 created, 0 updated, 1 unchanged, 0 skipped" in stdout


def test_members_import_warns_when_a_new_name_is_close_to_a_profile(
    run_command, member_index, rochdale
):
    rows = [
        {
            "name": "Rochdale Borugh Council",
            "member_type": "Full council",
            "organisation_kind": "Local authority",
            "introduction": "A council.",
        }
    ]
    stdout, _ = run_command("import_members", rows)
    assert (
        "warning: created a new profile, though 'Rochdale Borough Council' has a similar name"
        in (stdout)
    )
    MemberPage.objects.get(title="Rochdale Borugh Council").delete()
    stdout, _ = run_command(
        "import_members",
        [{"name": "Rochdale Borugh Council", "year_joined": 2013}],
        ".json",
        "--match",
        "Rochdale Borugh Council=Rochdale Borough Council",
    )
    assert "updated: Rochdale Borough Council (changed year joined)" in stdout
