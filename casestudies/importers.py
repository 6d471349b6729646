"""Import case studies from the old site's JSON export (see import_case_studies).

A record is matched to an existing story by its title and lead organisation; a match is updated
through a new revision (published if the story is live, kept as a draft if not), so nothing
comms wrote is lost and every change can be compared and rolled back in the admin. Fields a
record leaves out are kept as they are.
"""

from datetime import date
from html import escape

from wagtail.rich_text import RichText

from core.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    CachingImporter,
    Outcome,
    RecordError,
    contact_values,
    first_sentences,
    list_value,
    markdown_parts,
    plain_text,
    text_value,
    unique_slug,
    url_values,
    year_value,
)
from core.models import Principle, Theme
from core.names import NameMatcher, name_key
from members.choices import MemberType, OrganisationKind
from members.models import MemberIndexPage, MemberPage, PartnerOrganisation
from members.names import MemberNames, did_you_mean

from .models import CaseStudyContact, CaseStudyPage

FIELDS = {
    "title",
    "organisation",
    "partner_organisation",
    "summary",
    "body",
    "themes",
    "principles",
    "year",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "contacts",
    "website",
}
NEW_MEMBER_INTRODUCTION = (
    "<p>This profile was created by the case study import because no member had this name. "
    "Check the member type, kind of organisation and introduction before publishing it.</p>"
)


class CaseStudyImporter(CachingImporter):
    """Imports stories. An organisation that matches no member profile skips its record (with
    the closest profiles in the message) unless `new_members` is set, when it becomes a draft
    profile; `matches` ("NAME=PROFILE") map names the matcher does not find."""

    caches = ("members", "partners", "stories")

    def __init__(self, index_page, as_draft=False, matches=(), new_members=False):
        self.index_page = index_page
        self.as_draft = as_draft
        self.new_members = new_members
        self.member_index = MemberIndexPage.objects.first()
        self.members = MemberNames(matches)
        self.partners = NameMatcher((p, [p.name]) for p in PartnerOrganisation.objects.all())
        self.themes = {}
        for theme in Theme.objects.all():
            self.themes[name_key(theme.name)] = theme
            self.themes[theme.slug] = theme
        self.principles = {}
        for principle in Principle.objects.all():
            for key in (principle.name, principle.slug, str(principle.number), str(principle)):
                self.principles[name_key(key)] = principle
        self.stories = {
            (name_key(page.title), page.lead_member_id): page
            for page in CaseStudyPage.objects.child_of(index_page).specific()
        }

    # Reading a record

    def clean(self, record):
        values = {
            "title": text_value(record, "title", required=True, max_length=255),
            "organisation": text_value(record, "organisation", required=True, max_length=255),
            "body": text_value(record, "body", required=True),
            "summary": text_value(record, "summary"),
            "year": year_value(record, "year", 2000, 2100),
            "contacts": contact_values(record),
            "websites": url_values(record, "website"),
        }
        partners = record.get("partner_organisation")
        values["partners"] = (
            None if partners in (None, "", []) else list_value(record, "partner_organisation")
        )
        values["themes"] = self._terms(record, "themes", self.themes, "theme")
        values["principles"] = self._terms(record, "principles", self.principles, "principle")
        values["stream"] = self._stream(values["body"], values["websites"])
        return values

    def _terms(self, record, key, known, noun):
        if record.get(key) in (None, "", []):
            return None
        terms = []
        for name in list_value(record, key):
            term = known.get(name_key(name)) or known.get(name.strip().lower())
            if term is None:
                raise RecordError(
                    f"unknown {noun} {name!r}: use the name or slug of one in the admin "
                    f"(Snippets), or add it there first"
                )
            if term not in terms:
                terms.append(term)
        return terms

    def _stream(self, body, websites):
        stream = []
        for kind, value in markdown_parts(body):
            if kind == "heading":
                stream.append(("heading", {"text": value[:120], "level": "h2"}))
            else:
                stream.append(("paragraph", value))
        if not stream:
            raise RecordError("body has no text")
        links = [f'<a href="{escape(url)}">{escape(url)}</a>' for url in websites]
        if len(links) == 1:
            stream.append(("paragraph", f"<p>Find out more: {links[0]}</p>"))
        elif links:
            items = "".join(f"<li>{link}</li>" for link in links)
            stream.append(("paragraph", f"<p>Find out more:</p><ul>{items}</ul>"))
        return stream

    # Writing

    def import_record(self, record):
        values = self.clean(record)
        warnings = [f"ignored unknown field {key!r}" for key in record if key not in FIELDS]
        lead, lead_created = self._lead_member(values)
        if lead_created:
            warnings.append(
                f"{lead.title!r} is not a member: created a draft member profile for comms to check"
            )
        partner_members, partner_organisations = self._partners(values, lead, warnings)
        label = f"{values['title']} ({lead.title})"

        existing = self.stories.get((name_key(values["title"]), lead.pk))
        if existing is None:
            page = CaseStudyPage(
                title=values["title"],
                slug=unique_slug(self.index_page, values["title"]),
                lead_member=lead,
            )
            if values["year"] is None:
                values["year"] = date.today().year
                warnings.append(f"no year given: set to {values['year']}")
            if not values["summary"]:
                values["summary"] = first_sentences(
                    plain_text(" ".join(v for k, v in values["stream"] if k == "paragraph"))
                )
                warnings.append("no summary given: made one from the start of the body")
        else:
            page = existing.get_latest_revision_as_object()

        changes = self._apply(page, values, partner_members, partner_organisations)
        if existing is None:
            page.live = False
            self.index_page.add_child(instance=page)
            revision = page.save_revision(log_action=True)
            if not self.as_draft:
                revision.publish()
            self.stories[(name_key(page.title), lead.pk)] = page
            return Outcome(CREATED, label + (" as a draft" if self.as_draft else ""), [], warnings)
        if not changes:
            return Outcome(UNCHANGED, label, [], warnings)
        revision = page.save_revision(log_action=True)
        if existing.live:
            revision.publish()
        return Outcome(UPDATED, label, [f"changed {', '.join(changes)}"], warnings)

    def unmatched_names(self):
        """Each organisation that matched no profile, with the titles of the closest ones."""
        return {
            name: [page.title for page in pages] for name, pages in self.members.unmatched.items()
        }

    def _lead_member(self, values):
        name = values["organisation"]
        member = self.members.find(name)
        if member is not None:
            return member, False
        if not self.new_members:
            suggestion = self.members.not_found(name)
            raise RecordError(
                f"organisation {name!r} matches no member profile{suggestion}: map it with "
                f'--match "{name}=PROFILE", add the name to the profile\'s "also known as", '
                f"or give --new-members to create a draft profile for it"
            )
        if self.member_index is None:
            raise RecordError(
                f"organisation {values['organisation']!r} is not a member, and there is no "
                f"members index page to add a draft profile to"
            )
        member = MemberPage(
            title=values["organisation"],
            slug=unique_slug(self.member_index, values["organisation"]),
            member_type=MemberType.AFFILIATE,
            organisation_kind=OrganisationKind.OTHER,
            introduction=NEW_MEMBER_INTRODUCTION,
            website=values["websites"][0] if values["websites"] else "",
            live=False,
        )
        self.member_index.add_child(instance=member)
        member.save_revision(log_action=True)
        self.members.add(member)
        return member, True

    def _partners(self, values, lead, warnings):
        if values["partners"] is None:
            return None, None
        members, organisations = [], []
        for name in values["partners"]:
            if len(name) > 255:
                raise RecordError("a partner_organisation name is longer than 255 characters")
            member = self.members.find(name)
            if member is not None:
                if member.pk != lead.pk and member not in members:
                    members.append(member)
                continue
            partner = self.partners.find(name)
            if partner is None:
                suggestion = did_you_mean(self.members.matcher, name)
                if suggestion:
                    warnings.append(
                        f"partner {name!r} is not a member profile{suggestion}: added as a "
                        f'partner organisation; map it with --match "{name}=PROFILE" if it is one'
                    )
                partner = PartnerOrganisation.objects.create(name=name)
                self.partners.add(partner, [name])
            if partner not in organisations:
                organisations.append(partner)
        return members, organisations

    def _apply(self, page, values, partner_members, partner_organisations):
        """Set the record's values on the page; the names of the fields that changed."""
        changes = []

        def set_field(name, value):
            if value in (None, ""):
                return
            if getattr(page, name) != value:
                setattr(page, name, value)
                changes.append(name)

        set_field("summary", values["summary"])
        set_field("year", values["year"])
        if values["contacts"] is not None:
            current = [contact.as_tuple() for contact in page.contacts.all()]
            wanted = [tuple(contact.values()) for contact in values["contacts"]]
            if current != wanted:
                page.contacts = [CaseStudyContact(**contact) for contact in values["contacts"]]
                changes.append("contacts")

        if page.pk is None or stream_data(page.body) != values["stream"]:
            page.body = [
                (kind, RichText(value) if kind == "paragraph" else value)
                for kind, value in values["stream"]
            ]
            changes.append("body")

        for name, wanted in (
            ("themes", values["themes"]),
            ("principles", values["principles"]),
            ("partner_members", partner_members),
            ("partner_organisations", partner_organisations),
        ):
            if wanted is None:
                continue
            manager = getattr(page, name)
            current = {obj.pk for obj in manager.all()} if page.pk else set()
            if current != {obj.pk for obj in wanted}:
                manager.set(wanted)
                if page.pk:
                    changes.append(name.replace("_", " "))
        return changes if page.pk else ["new"]


def stream_data(stream):
    """A stream as (block type, stored value) pairs, for comparing without block ids."""
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in stream]
