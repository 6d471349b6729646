"""What a searchable model tells search about one of its objects.

Each page model the hub's search finds, and the document model, mixes in `Searchable` and
declares its facts in one place, `search_facts()`. The search app indexes those facts; it holds
no table of field paths of its own, so a new page type becomes searchable where it is defined.
"""

import html
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.rich_text import RichText


@dataclass(frozen=True)
class SearchFacts:
    title: str
    summary: str = ""  # plain text: a listing summary or an introduction
    body: str = ""  # plain text: everything else worth finding the object by
    date: datetime | None = None  # when it was published, for "newest first"
    year: int | None = None  # the year it belongs to (a story's year, a member's joining year)
    themes: tuple = ()  # ids
    principles: tuple = ()
    members: tuple = ()  # member page ids
    regions: tuple = ()
    extra: dict = field(default_factory=dict)  # what result lists show besides (file type…)


class Searchable:
    """A model whose objects the hub's search finds.

    `search_type` is its value in the Type facet and `search_type_label` what people read;
    `search_type_order` places it among the others in that facet."""

    search_type = ""
    search_type_label = ""
    search_type_order = 100
    # Whether its pages are offered as related content by meaning ("more like this").
    related_by_meaning = False
    # What `search_facts` reads from related tables, loaded together when many are indexed.
    search_select_related = ()
    search_prefetch_related = ()

    def search_facts(self):
        raise NotImplementedError


def searchable_models():
    """Every searchable model, pages first, in the order of the Type facet."""
    found = [model for model in apps.get_models() if issubclass(model, Searchable)]
    return sorted(found, key=lambda model: model.search_type_order)


def type_labels():
    """{search_type: its label} for the Type facet, in its order."""
    return {model.search_type: model.search_type_label for model in searchable_models()}


def searchable_page_models():
    return [model for model in searchable_models() if issubclass(model, Page)]


def plain_text(*values):
    """The words of model values as one plain text: rich text without tags, StreamField blocks
    by their own searchable content (so choice labels and URLs stay out)."""
    parts = []
    for value in values:
        if value is None:
            continue
        if isinstance(value, StreamValue):
            parts.extend(value.stream_block.get_searchable_content(value))
        elif isinstance(value, RichText):
            parts.append(value.source)
        else:
            parts.append(str(value))
    # A space for every tag, so "<p>one</p><p>two</p>" stays two words.
    words = (html.unescape(strip_tags(part.replace(">", "> "))).split() for part in parts if part)
    return " ".join(" ".join(chunk) for chunk in words).strip()


def ids(manager):
    """The primary keys of a many-to-many value, unsaved ones included (preview copies)."""
    return tuple(sorted(obj.pk for obj in manager.all() if obj.pk is not None))


def partnered_work_facts(page, *text, year):
    """The facts of work a lead member did with partners (a case study, a policy lab): found by
    its own text, its members' and partners' names and its taxonomy; held by its members and
    its lead's region."""
    partners = list(page.partner_members.all())
    lead = page.lead_member
    return SearchFacts(
        title=page.title,
        summary=plain_text(page.summary),
        body=plain_text(
            *text,
            *(contact.role for contact in page.contacts.all()),
            lead.title if lead else "",
            *(member.title for member in partners),
            *(organisation.name for organisation in page.partner_organisations.all()),
            page.taxonomy_names(),
        ),
        date=page.first_published_at,
        year=year,
        themes=ids(page.themes),
        principles=ids(page.principles),
        members=tuple(sorted({m.pk for m in partners} | ({lead.pk} if lead else set()))),
        regions=(lead.region_id,) if lead and lead.region_id else (),
    )


def members_involved_facts(page, *text, date, year):
    """The facts of a news item or an event: found by its own text, its members' names and
    its taxonomy; held by every member involved and its lead member's region."""
    members = page.members_involved()
    lead = page.lead_member
    return SearchFacts(
        title=page.title,
        summary=plain_text(page.summary),
        body=plain_text(*text, *(member.title for member in members), page.taxonomy_names()),
        date=date,
        year=year,
        themes=ids(page.themes),
        principles=ids(page.principles),
        members=tuple(sorted({member.pk for member in members if member.pk is not None})),
        regions=(lead.region_id,) if lead and lead.region_id else (),
    )
