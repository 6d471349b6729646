"""Search results as every face shows them, shaped from the live objects the engine's hits
name: a page no longer live, or that this person may no longer see, is left out, so a stale
index entry can never show what is gone or private."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q
from django.utils.safestring import mark_safe
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.search_facts import type_labels
from searchindex.models import IndexedItem

from .snippets import highlight, make_snippet, passage_snippet

ADDRESS_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id")  # what get_url reads


@dataclass
class Result:
    """One result as every face shows it."""

    kind: str  # "page" or "document"
    id: int
    type: str  # a facet value: case_study, toolkit, lab, member, page, document
    type_label: str
    title: str
    title_html: str  # escaped, matched words in <mark>
    url: str
    snippet: str  # escaped HTML with <mark>; from the page or the document's text
    snippet_found: bool  # False when the snippet is only the start of the text
    year: int | None = None
    date: datetime | None = None
    members: list = field(default_factory=list)  # [{"title", "url"}]
    pdf_page: int | None = None  # the PDF page of the best hit inside a document
    document_url: str | None = None  # the file itself (documents)
    published_on: list = field(default_factory=list)  # pages that publish a document
    file_type: str = ""  # documents: "PDF", "DOCX"…
    file_size: int | None = None  # documents: bytes
    score: float = 0.0
    promoted: bool = False
    promotion_description: str = ""


def _document_pdf_page(document, query, offset):
    """The PDF page of the snippet's first match (or, failing that, of any query word)."""
    if (document.file_extension or "").lower() != "pdf":
        return None
    try:
        if offset is not None and getattr(document, "page_offsets", None):
            return document.page_for_offset(offset)
        terms = sorted({w for group in query.groups for w in group.words | group.corrections})
        return document.find_page(terms)
    except (AttributeError, TypeError, ValueError, IndexError):  # a damaged page map
        return None


def _snippet(hit, text, query):
    """(html, found, offset): the engine's own highlight when it made one, else the hub's;
    for a hit found by meaning whose text holds none of the query's words, the passage that
    matched."""
    fragments = hit.highlights.get("text")
    if fragments:
        return mark_safe(fragments[0]), True, None
    snippet, found, offset = make_snippet(text, query.groups)
    if not found and hit.passage is not None:
        return passage_snippet(hit.passage.text), True, None
    return snippet, found, offset


def shape_results(hits, query, visible_members, visibility):
    """Result objects for the hits on the current page, from the live objects they name: a page
    that is no longer live, or that this person may no longer see, is left out."""
    entries = _entries(hits)
    page_ids = {hit.object_id for hit in hits if hit.kind == "page"}
    document_ids = [hit.object_id for hit in hits if hit.kind == "document"]
    publisher_ids = {p for key, e in entries.items() if key[0] == "document" for p in e.publishers}
    pages = {
        page.pk: page
        for page in visibility.pages(Page.objects.filter(pk__in=page_ids | publisher_ids)).only(
            *ADDRESS_FIELDS
        )
    }
    documents = (
        {
            d.pk: d
            for d in visibility.documents(get_document_model().objects.filter(pk__in=document_ids))
        }
        if document_ids
        else {}
    )
    member_ids = {
        int(v.value) for e in entries.values() for v in e.values.all() if v.facet == "member"
    }
    members = (
        {
            member.pk: {"title": member.title, "url": member.get_url()}
            for member in visible_members.filter(pk__in=member_ids).only(*ADDRESS_FIELDS)
        }
        if member_ids
        else {}
    )
    labels = type_labels()
    shaped = []
    for hit in hits:
        entry = entries.get(hit.key)
        live = (pages if hit.kind == "page" else documents).get(hit.object_id)
        if entry is None or live is None:
            continue
        held = sorted(int(v.value) for v in entry.values.all() if v.facet == "member")
        base = {
            "kind": hit.kind,
            "id": hit.object_id,
            "type": entry.type,
            "type_label": labels.get(entry.type, "Page"),
            "title": live.title,
            "title_html": highlight(live.title, query.groups),
            "year": entry.year,
            "date": entry.date,
            "members": [members[m] for m in held if m in members],
            "score": hit.score,
        }
        if hit.kind == "page":
            text = " ".join(part for part in (entry.summary, entry.body) if part)
            snippet, found, _ = _snippet(hit, text, query)
            shaped.append(Result(url=live.get_url(), snippet=snippet, snippet_found=found, **base))
            continue
        snippet, found, offset = _snippet(hit, entry.body, query)
        if found and offset is None and hit.passage is not None and not hit.highlights:
            pdf_page = hit.passage.pdf_page
        else:
            pdf_page = _document_pdf_page(live, query, offset) if found else None
        published_on = [
            {"title": pages[p].title, "url": pages[p].get_url()}
            for p in entry.publishers
            if p in pages
        ]
        shaped.append(
            Result(
                url=published_on[0]["url"] if published_on else live.url,
                snippet=snippet,
                snippet_found=found,
                pdf_page=pdf_page,
                document_url=live.url + (f"#page={pdf_page}" if pdf_page else ""),
                published_on=published_on,
                file_type=entry.extra.get("file_type", ""),
                file_size=entry.extra.get("file_size"),
                **base,
            )
        )
    return shaped


def _entries(hits):
    """{(kind, object id): IndexedItem} for the hits, with their facet values."""
    if not hits:
        return {}
    wanted = Q()
    for kind in {hit.kind for hit in hits}:
        wanted |= Q(kind=kind, object_id__in=[hit.object_id for hit in hits if hit.kind == kind])
    entries = IndexedItem.objects.filter(wanted).prefetch_related("values")
    return {entry.key: entry for entry in entries}


def shape_promotion(promotion, query):
    page = promotion.page.specific
    type_key = getattr(page, "search_type", "") or "page"
    text = promotion.description or getattr(page, "search_description", "") or ""
    if not promotion.description and hasattr(page, "search_facts"):
        facts = page.search_facts()
        text = " ".join(part for part in (facts.summary, facts.body) if part)
    snippet, found, _ = make_snippet(text, query.groups)
    return Result(
        kind="page",
        id=page.pk,
        type=type_key,
        type_label=type_labels().get(type_key, "Page"),
        title=page.title,
        title_html=highlight(page.title, query.groups),
        url=page.get_url(),
        snippet=snippet,
        snippet_found=found,
        promoted=True,
        promotion_description=promotion.description,
    )
