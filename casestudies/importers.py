"""Import case studies from the old site's JSON export (see import_case_studies).

A record is matched to an existing story by its title and lead organisation; a match is updated
through a new revision (published if the story is live, kept as a draft if not), so nothing
comms wrote is lost and every change can be compared and rolled back in the admin. Fields a
record leaves out are kept as they are.
"""

from datetime import date
from html import escape

from core.import_lookups import Vocabulary, image_value
from core.import_pages import PageChanges, save_imported_page
from core.import_streams import body_blocks, checked_stream
from core.importing import (
    UNCHANGED,
    CachingImporter,
    Outcome,
    RecordError,
    contact_values,
    first_sentences,
    list_value,
    plain_text,
    text_value,
    title_slug,
    unique_slug,
    url_values,
    year_value,
)
from core.names import name_key
from members.choices import MemberType, OrganisationKind
from members.models import MemberIndexPage, MemberPage
from members.names import MemberNames, partner_matcher, resolve_partners

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
    "listing_image",
}
NEW_MEMBER_INTRODUCTION = (
    "<p>This profile was created by the case study import because no member had this name. "
    "Check the member type, kind of organisation and introduction before publishing it.</p>"
)


class CaseStudyImporter(CachingImporter):
    """Imports stories. An organisation that matches no member profile skips its record (with
    the closest profiles in the message) unless `new_members` is set, when it becomes a draft
    profile; `matches` ("NAME=PROFILE") map names the matcher does not find. With
    `keep_existing`, a story that already exists is left as it is."""

    caches = ("members", "partners", "stories", "story_slugs")

    def __init__(
        self, index_page, as_draft=False, matches=(), new_members=False, keep_existing=False
    ):
        self.index_page = index_page
        self.as_draft = as_draft
        self.new_members = new_members
        self.keep_existing = keep_existing
        self.member_index = MemberIndexPage.objects.first()
        self.members = MemberNames(matches)
        self.partners = partner_matcher()
        self.vocabulary = Vocabulary()
        stories = CaseStudyPage.objects.child_of(index_page).specific()
        self.stories = {(name_key(page.title), page.lead_member_id): page for page in stories}
        self.story_slugs = {page.slug: page for page in stories}

    # Reading a record

    def clean(self, record):
        values = {
            "title": text_value(record, "title", required=True, max_length=255),
            "organisation": text_value(record, "organisation", required=True, max_length=255),
            "summary": text_value(record, "summary"),
            "year": year_value(record, "year", 2000, 2100),
            "contacts": contact_values(record),
            "websites": url_values(record, "website"),
            "listing_image": image_value(record, "listing_image"),
        }
        if record.get("body") in (None, "", []):
            raise RecordError("body is missing")
        partners = record.get("partner_organisation")
        values["partners"] = (
            None if partners in (None, "", []) else list_value(record, "partner_organisation")
        )
        values["themes"] = self.vocabulary.themes_value(record)
        values["principles"] = self.vocabulary.principles_value(record)
        values["body"] = self._body(body_blocks(record["body"]), values["websites"])
        values["raw_body"] = checked_stream(CaseStudyPage, "body", values["body"])
        return values

    def _body(self, blocks, websites):
        if not any(kind != "heading" for kind, _value in blocks):
            raise RecordError("body has no text")
        blocks = [
            (kind, value | {"text": value["text"][:120]} if kind == "heading" else value)
            for kind, value in blocks
        ]
        links = [f'<a href="{escape(url)}">{escape(url)}</a>' for url in websites]
        if len(links) == 1:
            blocks.append(("paragraph", f"<p>Find out more: {links[0]}</p>"))
        elif links:
            items = "".join(f"<li>{link}</li>" for link in links)
            blocks.append(("paragraph", f"<p>Find out more:</p><ul>{items}</ul>"))
        return blocks

    # Writing

    def import_record(self, record):
        values = self.clean(record)
        warnings = [f"ignored unknown field {key!r}" for key in record if key not in FIELDS]
        lead, lead_created = self._lead_member(values)
        if lead_created:
            warnings.append(
                f"{lead.title!r} is not a member: created a draft member profile for comms to check"
            )
        label = f"{values['title']} ({lead.title})"
        existing = self._existing(values["title"], lead)
        if existing is not None and self.keep_existing:
            return Outcome(UNCHANGED, label, [], warnings, item=existing)
        partner_members, partner_organisations = (None, None)
        if values["partners"] is not None:
            partner_members, partner_organisations = resolve_partners(
                self.members, self.partners, values["partners"], lead, warnings
            )

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
                    plain_text(" ".join(v for k, v in values["body"] if k == "paragraph"))
                )
                warnings.append("no summary given: made one from the start of the body")
        else:
            page = existing.get_latest_revision_as_object()

        changes = self._apply(page, values, partner_members, partner_organisations)
        outcome = save_imported_page(
            changes, existing, self.index_page, label, warnings, self.as_draft
        )
        if existing is None:
            self.stories[(name_key(page.title), lead.pk)] = page
            self.story_slugs[page.slug] = page
        return outcome

    def _existing(self, title, lead):
        """The lead's story with this title, or the one with the slug the title gives (a story
        renamed in the admin keeps its slug)."""
        found = self.stories.get((name_key(title), lead.pk))
        if found is None:
            found = self.story_slugs.get(title_slug(title))
            if found is not None and found.lead_member_id != lead.pk:
                found = None
        return found

    def _apply(self, page, values, partner_members, partner_organisations):
        """Set the record's values on the page; what changed."""
        changes = PageChanges(page)
        changes.field("summary", values["summary"])
        changes.field("year", values["year"])
        changes.field("listing_image", values["listing_image"])
        changes.contacts(values["contacts"], CaseStudyContact)
        changes.stream("body", values["body"], values["raw_body"])
        changes.many("themes", values["themes"])
        changes.many("principles", values["principles"])
        changes.many("partner_members", partner_members)
        changes.many("partner_organisations", partner_organisations)
        return changes

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
