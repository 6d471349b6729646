"""Import policy labs and prototypes from a JSON array (see import_labs).

A record is matched to an existing lab by its title; a match is updated through a new revision
(published if the lab is live), and fields a record leaves out keep their current value.
Organisations are found as the case study import finds them: the lead must be a member
profile; partners that are members become partner members, others partner organisations.
"""

from core.import_lookups import Vocabulary, image_value
from core.import_pages import PageChanges, PagesByTitle, page_to_change, save_imported_page
from core.importing import (
    UNCHANGED,
    CachingImporter,
    Outcome,
    RecordError,
    choice_lookup,
    choice_value,
    contact_values,
    decimal_value,
    list_value,
    markdown_to_rich_text,
    text_value,
    year_value,
)
from members.names import MemberNames, partner_matcher, resolve_partners

from .choices import LabKind, LabStatus
from .models import PolicyLabContact, PolicyLabPage

FIELDS = {
    "title",
    "slug",
    "organisation",
    "partner_organisation",
    "kind",
    "round_year",
    "amount_awarded",
    "status",
    "summary",
    "aims_and_outcomes",
    "cooperative_difference",
    "themes",
    "principles",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "contacts",
    "listing_image",
}
KINDS = choice_lookup(
    LabKind.choices, {"lab": LabKind.POLICY_LAB, "prototype": LabKind.POLICY_PROTOTYPE}
)
STATUSES = choice_lookup(LabStatus.choices)


class PolicyLabImporter(CachingImporter):
    """Imports labs; `matches` ("NAME=PROFILE") map organisation names the matcher does not
    find. With `keep_existing`, a lab that already exists is left as it is."""

    caches = ("members", "partners", "labs")

    def __init__(self, index_page, as_draft=False, matches=(), keep_existing=False):
        self.index_page = index_page
        self.as_draft = as_draft
        self.keep_existing = keep_existing
        self.members = MemberNames(matches)
        self.partners = partner_matcher()
        self.vocabulary = Vocabulary()
        self.labs = PagesByTitle(PolicyLabPage.objects.child_of(index_page).specific())

    def clean(self, record):
        values = {
            "title": text_value(record, "title", required=True, max_length=255),
            "slug": text_value(record, "slug", max_length=255),
            "organisation": text_value(record, "organisation", required=True, max_length=255),
            "kind": choice_value(record, "kind", KINDS, LabKind.choices),
            "round_year": year_value(record, "round_year", 2012, 2100),
            "amount_awarded": decimal_value(record, "amount_awarded"),
            "status": choice_value(record, "status", STATUSES, LabStatus.choices),
            "summary": text_value(record, "summary"),
            "aims_and_outcomes": markdown_to_rich_text(text_value(record, "aims_and_outcomes")),
            "cooperative_difference": markdown_to_rich_text(
                text_value(record, "cooperative_difference")
            ),
            "themes": self.vocabulary.themes_value(record),
            "principles": self.vocabulary.principles_value(record),
            "contacts": contact_values(record),
            "listing_image": image_value(record, "listing_image"),
        }
        partners = record.get("partner_organisation")
        values["partners"] = (
            None if partners in (None, "", []) else list_value(record, "partner_organisation")
        )
        return values

    def import_record(self, record):
        values = self.clean(record)
        warnings = [f"ignored unknown field {key!r}" for key in record if key not in FIELDS]
        lead = self.members.find(values["organisation"])
        if lead is None:
            suggestion = self.members.not_found(values["organisation"])
            raise RecordError(
                f"organisation {values['organisation']!r} matches no member profile{suggestion}: "
                f'map it with --match "{values["organisation"]}=PROFILE" or add the name to the '
                f'profile\'s "also known as"'
            )
        label = values["title"]
        existing = self.labs.find(values["title"], values["slug"])
        if existing is not None and self.keep_existing:
            return Outcome(UNCHANGED, label, [], warnings, item=existing)
        partner_members, partner_organisations = (None, None)
        if values["partners"] is not None:
            partner_members, partner_organisations = resolve_partners(
                self.members, self.partners, values["partners"], lead, warnings
            )

        page = page_to_change(
            existing,
            PolicyLabPage,
            self.index_page,
            values,
            ("round_year", "summary", "aims_and_outcomes"),
            "lab",
        )

        changes = PageChanges(page)
        changes.field("lead_member", lead)
        for name in (
            "kind",
            "round_year",
            "amount_awarded",
            "status",
            "summary",
            "aims_and_outcomes",
            "cooperative_difference",
            "listing_image",
        ):
            changes.field(name, values[name])
        changes.contacts(values["contacts"], PolicyLabContact)
        changes.many("themes", values["themes"])
        changes.many("principles", values["principles"])
        changes.many("partner_members", partner_members)
        changes.many("partner_organisations", partner_organisations)

        outcome = save_imported_page(
            changes, existing, self.index_page, label, warnings, self.as_draft
        )
        if existing is None:
            self.labs.add(page)
        return outcome

    def unmatched_names(self):
        return {
            name: [page.title for page in pages] for name, pages in self.members.unmatched.items()
        }
