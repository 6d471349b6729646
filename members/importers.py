"""Import member profiles from a CSV or JSON file (see import_members).

A row is matched to an existing profile by name (case, '&'/'and' and punctuation aside). A match
is updated through a new revision, published if the profile is live; cells left empty keep the
profile's current value.
"""

from core.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    CachingImporter,
    Outcome,
    RecordError,
    contact_values,
    list_value,
    markdown_to_rich_text,
    text_value,
    unique_slug,
    url_value,
    year_value,
)
from core.models import Region
from core.names import name_key

from .choices import MemberType, OrganisationKind
from .models import MemberContact, MemberPage
from .names import MemberNames

FIELDS = {
    "name",
    "member_type",
    "organisation_kind",
    "region",
    "website",
    "year_joined",
    "lead_member_name",
    "lead_member_role",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "contacts",
    "also_known_as",
    "introduction",
}
# The fields set on the page as they are; contacts and other names have their own handling.
PAGE_FIELDS = (
    "member_type",
    "organisation_kind",
    "region",
    "website",
    "year_joined",
    "lead_member_name",
    "lead_member_role",
    "introduction",
)
# Words people use for a kind of organisation that are not its label.
KIND_SYNONYMS = {
    "council": OrganisationKind.LOCAL_AUTHORITY,
    "local council": OrganisationKind.LOCAL_AUTHORITY,
    "borough council": OrganisationKind.LOCAL_AUTHORITY,
    "city council": OrganisationKind.LOCAL_AUTHORITY,
    "county council": OrganisationKind.LOCAL_AUTHORITY,
    "town council": OrganisationKind.TOWN_COUNCIL,
    "parish council": OrganisationKind.TOWN_COUNCIL,
    "co op": OrganisationKind.COOPERATIVE,
    "coop": OrganisationKind.COOPERATIVE,
    "mutual": OrganisationKind.COOPERATIVE,
    "university": OrganisationKind.EDUCATION,
    "political group": OrganisationKind.POLITICAL_GROUP,
}


def choice_lookup(choices, synonyms=None):
    """Keys people may write for each choice: its value, its label and their leading words."""
    lookup = dict(synonyms or {})
    for value, label in choices:
        lookup[name_key(value.replace("_", " "))] = value
        lookup[name_key(label)] = value
    return lookup


MEMBER_TYPES = choice_lookup(
    MemberType.choices,
    {
        "full": MemberType.FULL,
        "full council": MemberType.FULL,
        "full member": MemberType.FULL,
        "associate member": MemberType.ASSOCIATE,
        "affiliate member": MemberType.AFFILIATE,
    },
)
ORGANISATION_KINDS = choice_lookup(OrganisationKind.choices, KIND_SYNONYMS)


def parse_choice(record, key, lookup, choices):
    value = text_value(record, key)
    if not value:
        return ""
    wanted = name_key(value.replace("_", " "))
    found = lookup.get(wanted)
    if found is None:
        # A unique leading match: "Co-operative" for "Co-operative or mutual".
        matches = {v for k, v in lookup.items() if k.startswith(wanted + " ")}
        if len(matches) == 1:
            found = matches.pop()
    if found is None:
        allowed = ", ".join(label for _, label in choices)
        raise RecordError(f"{key} {value!r} is not one of: {allowed}")
    return found


class MemberImporter(CachingImporter):
    caches = ("members",)

    def __init__(self, index_page, as_draft=False, matches=()):
        self.index_page = index_page
        self.as_draft = as_draft
        self.members = MemberNames(matches)
        self.regions = {}
        for region in Region.objects.all():
            self.regions[name_key(region.name)] = region
            self.regions[region.slug] = region

    def clean(self, record):
        values = {
            "name": text_value(record, "name", required=True, max_length=255),
            "member_type": parse_choice(record, "member_type", MEMBER_TYPES, MemberType.choices),
            "organisation_kind": parse_choice(
                record, "organisation_kind", ORGANISATION_KINDS, OrganisationKind.choices
            ),
            "website": url_value(record, "website"),
            "year_joined": year_value(record, "year_joined", 2012, 2100),
            "lead_member_name": text_value(record, "lead_member_name", max_length=255),
            "lead_member_role": text_value(record, "lead_member_role", max_length=255),
            "contacts": contact_values(record),
            "also_known_as": list_value(record, "also_known_as", separators=";\n"),
            "introduction": markdown_to_rich_text(text_value(record, "introduction")),
        }
        region = text_value(record, "region")
        values["region"] = None
        if region:
            values["region"] = self.regions.get(name_key(region)) or self.regions.get(
                region.lower()
            )
            if values["region"] is None:
                raise RecordError(
                    f"unknown region {region!r}: use the name or slug of a region in the admin"
                )
        return values

    def import_record(self, record):
        values = self.clean(record)
        warnings = [f"ignored unknown field {key!r}" for key in record if key and key not in FIELDS]
        existing = self.members.find(values["name"])
        if existing is None:
            missing = [
                key
                for key in ("member_type", "organisation_kind", "introduction")
                if not values[key]
            ]
            if missing:
                raise RecordError(f"a new member profile needs {', '.join(missing)}")
            page = MemberPage(
                title=values["name"], slug=unique_slug(self.index_page, values["name"])
            )
            self._apply(page, values)
            close = self.members.matcher.suggestions(values["name"])
            if close:
                titles = ", ".join(repr(member.title) for member in close)
                warnings.append(
                    f"created a new profile, though {titles} has a similar name: if it is the "
                    f"same organisation, delete the new one and map the name with --match "
                    f'"{values["name"]}={close[0].title}"'
                )
            page.live = False
            self.index_page.add_child(instance=page)
            revision = page.save_revision(log_action=True)
            if not self.as_draft:
                revision.publish()
            self.members.add(page)
            label = page.title + (" as a draft" if self.as_draft else "")
            return Outcome(CREATED, label, [], warnings)

        page = existing.get_latest_revision_as_object()
        changes = self._apply(page, values)
        if not changes:
            return Outcome(UNCHANGED, page.title, [], warnings)
        revision = page.save_revision(log_action=True)
        if existing.live:
            revision.publish()
        return Outcome(UPDATED, page.title, [f"changed {', '.join(changes)}"], warnings)

    def _apply(self, page, values):
        """Set the given (non-empty) values on the page; the names of the fields that changed."""
        changes = []
        for name in PAGE_FIELDS:
            value = values[name]
            if value in (None, ""):
                continue
            if getattr(page, name) != value:
                setattr(page, name, value)
                changes.append(name.replace("_", " "))
        if values["also_known_as"]:
            # Names are added to those the profile has: an import never forgets one.
            names = list(dict.fromkeys([*page.other_names(), *values["also_known_as"]]))
            if names != page.other_names():
                page.also_known_as = "\n".join(names)
                changes.append("also known as")
        if values["contacts"] is not None:
            current = [contact.as_tuple() for contact in page.contacts.all()]
            wanted = [tuple(contact.values()) for contact in values["contacts"]]
            if current != wanted:
                page.contacts = [MemberContact(**contact) for contact in values["contacts"]]
                changes.append("contacts")
        return sorted(changes)
