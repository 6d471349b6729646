"""Search results as every face shows them, shaped from the live objects the engine's hits
name: a page no longer live, or that this person may no longer see, is left out, so a stale
index entry can never show what is gone or private."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, FilteredRelation, Q
from django.utils.safestring import mark_safe
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.search_facts import type_labels
from core.sites import site_for
from members.models import MemberPage
from searchindex.models import IndexedItem

from .snippets import highlight, make_snippet, passage_snippet

# What get_url reads, and what the Member facet names a member by: in the order of Page's own
# fields, as Model.from_db takes the values of some of them.
PAGE_FIELDS = ("id", "path", "depth", "locale_id", "title", "slug", "content_type_id", "url_path")
TITLE, SLUG, CONTENT_TYPE = map(PAGE_FIELDS.index, ("title", "slug", "content_type_id"))


@dataclass
class Result:
    kind: str  # "page" or "document"
    id: int
    type: str  # a facet value: case_study, toolkit, lab, member, page, document
    type_label: str
    title: str
    title_html: str  # escaped, matched words in <mark>
    url: str = ""
    snippet: str = ""  # escaped HTML with <mark>
    snippet_found: bool = False  # False when the snippet is only the start of the text
    year: int | None = None
    date: datetime | None = None
    members: list = field(default_factory=list)  # [{"title", "url"}]
    pdf_page: int | None = None  # documents: the PDF page of the snippet
    document_url: str | None = None  # documents: the file itself
    published_on: list = field(default_factory=list)  # documents: the pages publishing it
    file_type: str = ""  # documents: "PDF", "DOCX"…
    file_size: int | None = None  # documents: bytes
    score: float = 0.0
    promoted: bool = False


def _snippet(hit, text, query):
    """(html, found, offset): the engine's own highlight when it made one, else the hub's;
    for a hit found by meaning whose text holds none of the query's words, its passage."""
    fragments = hit.highlights.get("text")
    if fragments:
        return mark_safe(fragments[0]), True, None
    snippet, found, offset = make_snippet(text, query.groups)
    if not found and hit.passage is not None:
        return passage_snippet(hit.passage.text), True, None
    return snippet, found, offset


def _pdf_page(hit, document, query, found, offset):
    """The PDF page of the snippet: the passage's found by meaning, else the page of the
    snippet's first match (or, failing that, of any query word)."""
    if not found:
        return None
    if offset is None and hit.passage is not None and not hit.highlights:
        return hit.passage.pdf_page
    if (document.file_extension or "").lower() != "pdf":
        return None
    try:
        if offset is not None and document.page_offsets:
            return document.page_for_offset(offset)
        return document.find_page(sorted({w for g in query.groups for w in g.forms}))
    except (AttributeError, TypeError, ValueError, IndexError):  # a damaged page map
        return None


def _addressed(pages, site, request):
    return [{"title": page.title, "url": page.relative_url(site, request)} for page in pages]


class MemberName(NamedTuple):
    """A member page as the Member facet names it."""

    slug: str
    title: str


def shape_results(hits, query, visibility, wanted_members=(), request=None):
    """(results, members): the Results of the hits from the live objects they name, and the
    visible member pages by id (MemberName), read with the results' pages for them and for
    `wanted_members`. With the `request`, the site's root paths are read once for every
    address, not once each, and its site is the one kept for the content generation
    (core.sites)."""
    entries, held = {}, {}
    in_values = FilteredRelation("values", condition=Q(values__facet="member"))
    rows = IndexedItem.objects.for_keys([hit.key for hit in hits])
    for entry in rows.annotate(member_rows=in_values, member_pk=F("member_rows__value")):
        entries[entry.key] = entry
        held.setdefault(entry.key, set()).update([int(entry.member_pk)] if entry.member_pk else [])
    page_ids = {hit.object_id for hit in hits if hit.kind == "page"}
    page_ids.update(*(e.publishers for e in entries.values() if e.kind == "document"))
    addressed = page_ids.union(*held.values())  # the pages whose addresses are written
    member_ids = set(wanted_members).union(*held.values())
    live, members, pages = {}, {}, {}
    if page_ids or member_ids:
        # As rows: most members are only named in the Member facet, and a page object is
        # made only for a page whose address is written.
        # Never by hidden paths a cache may hold out of date (the engine confirmed them).
        rows = visibility.pages_read_afresh(
            Page.objects.filter(pk__in=sorted(page_ids | member_ids))
        )
        member_type = ContentType.objects.get_for_model(MemberPage).pk
        for row in rows.values_list(*PAGE_FIELDS):
            pk, content_type = row[0], row[CONTENT_TYPE]
            if pk in addressed:
                pages[pk] = Page.from_db(rows.db, PAGE_FIELDS, row)
            if pk in page_ids:
                live[("page", pk)] = pages[pk]
            if pk in member_ids and content_type == member_type:
                members[pk] = MemberName(row[SLUG], row[TITLE])
    if document_ids := [hit.object_id for hit in hits if hit.kind == "document"]:
        # Checked in the statement that reads them, not against rules kept in a cache: a worker
        # whose cache is its own still leaves out a document made private (tests/multiworker).
        documents = visibility.documents(get_document_model().objects.filter(pk__in=document_ids))
        live.update({("document", d.pk): d for d in documents})
    labels = type_labels()
    site = site_for(request)
    shaped = []
    for hit in hits:
        entry, item = entries.get(hit.key), live.get(hit.key)
        if entry is None or item is None:
            continue
        result = Result(
            kind=hit.kind,
            id=hit.object_id,
            type=entry.type,
            type_label=labels.get(entry.type, "Page"),
            title=item.title,
            title_html=highlight(item.title, query.groups),
            year=entry.year,
            date=entry.date,
            members=_addressed(
                (pages[m] for m in sorted(held[hit.key]) if m in members), site, request
            ),
            score=hit.score,
        )
        if hit.kind == "page":
            text = " ".join(part for part in (entry.summary, entry.body) if part)
            result.snippet, result.snippet_found, _ = _snippet(hit, text, query)
            result.url = item.relative_url(site, request)
        else:
            result.snippet, result.snippet_found, offset = _snippet(hit, entry.body, query)
            result.pdf_page = _pdf_page(hit, item, query, result.snippet_found, offset)
            result.published_on = _addressed(
                (live[("page", p)] for p in entry.publishers if ("page", p) in live), site, request
            )
            result.url = result.published_on[0]["url"] if result.published_on else item.url
            result.document_url = item.url + (f"#page={p}" if (p := result.pdf_page) else "")
            result.file_type = entry.extra.get("file_type", "")
            result.file_size = entry.extra.get("file_size")
        shaped.append(result)
    return shaped, members


def shape_promotion(promotion, query, request=None):
    page = promotion.page.specific
    type_key = getattr(page, "search_type", "") or "page"
    text = promotion.description or getattr(page, "search_description", "") or ""
    if not promotion.description and hasattr(page, "search_facts"):
        facts = page.search_facts()
        text = " ".join(part for part in (facts.summary, facts.body) if part)
    return Result(
        kind="page",
        id=page.pk,
        type=type_key,
        type_label=type_labels().get(type_key, "Page"),
        title=page.title,
        title_html=highlight(page.title, query.groups),
        url=page.relative_url(site_for(request), request),
        snippet=(snippet := make_snippet(text, query.groups)).html,
        snippet_found=snippet.found,
        promoted=True,
    )
