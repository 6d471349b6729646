"""The network's 2020 case study booklet, converted record by record as comms convert it (the
booklet's own text, contacts and web addresses), imports over the demo site with no record
skipped, no member profile made and no story duplicated; importing it again changes nothing."""

import contextlib
import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from casestudies.models import CaseStudyPage
from core.importing import RecordsSkipped
from members.models import MemberPage, PartnerOrganisation
from tests.importers.booklet import booklet_path, booklet_records

BOOKLET = booklet_path()

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.heavy,
    pytest.mark.skipif(
        BOOKLET is None,
        reason="the network's documents (../shared/ccin-documents) are not beside the repository",
    ),
]
SUMMARY = re.compile(
    r"(\d+) case studies: (\d+) (?:would be )?created, (\d+) (?:would be )?updated, "
    r"(\d+) (?:would be )?unchanged, (\d+) (?:would be )?skipped"
)


def run_import(path, *args):
    stdout = StringIO()
    # Skipped records end the command with status 1; the report says which.
    with contextlib.suppress(RecordsSkipped):
        call_command("import_case_studies", str(path), "--no-progress", *args, stdout=stdout)
    output = stdout.getvalue()
    total, created, updated, unchanged, skipped = map(int, SUMMARY.search(output).groups())
    return {
        "output": output,
        "total": total,
        "created": created,
        "updated": updated,
        "unchanged": unchanged,
        "skipped": skipped,
    }


def counts():
    return {
        "members": MemberPage.objects.count(),
        "partners": PartnerOrganisation.objects.count(),
        "stories": CaseStudyPage.objects.count(),
    }


@pytest.fixture(scope="module")
def records():
    return booklet_records(BOOKLET)


@pytest.fixture(scope="module")
def imports(records, tmp_path_factory, django_db_setup, django_db_blocker):
    """The demo site, then a dry run, an import and a second import of the booklet."""
    path = tmp_path_factory.mktemp("booklet") / "case-studies-2020.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", verbosity=0)
            before = counts()
            dry_run = run_import(path, "--dry-run")
            after_dry_run = counts()
            first = run_import(path)
            after_first = counts()
            second = run_import(path)
            yield {
                "before": before,
                "dry_run": dry_run,
                "after_dry_run": after_dry_run,
                "first": first,
                "after_first": after_first,
                "second": second,
                "after_second": counts(),
            }
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_the_conversion_holds_every_story_with_its_contacts_and_addresses(records):
    assert len(records) == 56
    assert len({(r["title"], r["organisation"]) for r in records}) == 56
    two_contacts = [r for r in records if ";" in r.get("contact_name", "")]
    two_addresses = [r for r in records if ";" in r.get("website", "")]
    assert len(two_contacts) == 4 and len(two_addresses) == 2
    glasgow = next(r for r in records if r["title"].startswith("Sustained support for CLH"))
    assert glasgow["contact_email"] == (
        "Michelle.Mundie@drs.glasgow.gov.uk; Jennifer.Sheddan@drs.glasgow.gov.uk"
    )
    organisations = {r["organisation"] for r in records}
    assert {"London Borough of Lambeth", "E3M", "Co-operative College"} <= organisations
    assert "CIPFA C.co Collaborative Service Design" in organisations
    assert all(r["body"] and r["year"] == 2020 for r in records)


def test_the_dry_run_skips_nothing_and_would_make_nothing_new(imports):
    dry_run = imports["dry_run"]
    assert dry_run["total"] == 56
    assert dry_run["skipped"] == 0, dry_run["output"]
    assert dry_run["created"] == 0, dry_run["output"]
    assert "match no member profile" not in dry_run["output"]
    assert imports["after_dry_run"] == imports["before"]


def test_the_import_updates_the_demo_stories_without_new_members(imports):
    first = imports["first"]
    assert first["skipped"] == 0, first["output"]
    assert first["created"] == 0, first["output"]
    assert first["updated"] + first["unchanged"] == 56
    # No member profile, story or partner organisation was added: every name was found.
    assert imports["after_first"] == imports["before"]
    assert "created a draft member profile" not in first["output"]


def test_a_second_import_changes_nothing(imports):
    second = imports["second"]
    assert (second["unchanged"], second["updated"], second["created"], second["skipped"]) == (
        56,
        0,
        0,
        0,
    ), second["output"]
    assert imports["after_second"] == imports["after_first"]


def test_the_stories_show_the_booklets_contacts_and_addresses(imports):
    story = CaseStudyPage.objects.get(title__startswith="Sustained support for CLH")
    assert [(c.name, c.email) for c in story.contacts.all()] == [
        ("Michelle Mundie", "Michelle.Mundie@drs.glasgow.gov.uk"),
        ("Jennifer Sheddan", "Jennifer.Sheddan@drs.glasgow.gov.uk"),
    ]
    e3m = CaseStudyPage.objects.get(title="Northern Roots & Oldham Alchemy")
    assert e3m.lead_member.title == "SBI/E3M"
    kirklees = CaseStudyPage.objects.get(title__startswith="Using the Place Standard")
    links = kirklees.body[-1].block.get_prep_value(kirklees.body[-1].value)
    assert "www.HowGoodIsOurPlace.org.uk" in links and "www.DemocracyCommission.org.uk" in links
