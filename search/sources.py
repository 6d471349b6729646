"""The kinds of thing search finds, and the facts about each hit that facets and ranking need.

Each page type is described once (`PageSource`); `load_page_items` and `load_document_items` turn
the ids a backend returned into `Item` records in a fixed number of queries per type.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from casestudies.models import CaseStudyPage
from home.models import StandardPage
from labs.models import PolicyLabPage
from members.models import MemberPage
from toolkits.models import ToolkitPage

from .text import strip_html

DOCUMENT_TYPE = "document"


@dataclass(frozen=True)
class PageSource:
    key: str
    label: str
    model: type
    summary_field: str
    year_field: str | None = None
    lead_member_field: str | None = None
    partner_members_field: str | None = None
    region_field: str | None = None
    has_taxonomy: bool = False


PAGE_SOURCES = [
    PageSource(
        "case_study",
        "Case study",
        CaseStudyPage,
        "summary",
        year_field="year",
        lead_member_field="lead_member_id",
        partner_members_field="partner_members",
        region_field="lead_member__region_id",
        has_taxonomy=True,
    ),
    PageSource(
        "toolkit",
        "Toolkit",
        ToolkitPage,
        "summary",
        lead_member_field="originating_lab__lead_member_id",
        region_field="originating_lab__lead_member__region_id",
        has_taxonomy=True,
    ),
    PageSource(
        "lab",
        "Policy lab",
        PolicyLabPage,
        "summary",
        year_field="round_year",
        lead_member_field="lead_member_id",
        partner_members_field="partner_members",
        region_field="lead_member__region_id",
        has_taxonomy=True,
    ),
    PageSource(
        "member",
        "Member",
        MemberPage,
        "introduction",
        year_field="year_joined",
        lead_member_field="pk",
        region_field="region_id",
    ),
    PageSource("page", "Page", StandardPage, "introduction"),
]
TYPE_LABELS = {source.key: source.label for source in PAGE_SOURCES} | {DOCUMENT_TYPE: "Document"}
TYPE_ORDER = [source.key for source in PAGE_SOURCES] + [DOCUMENT_TYPE]
SEARCHED_PAGE_MODELS = [source.model for source in PAGE_SOURCES]


def source_for_content_type_ids():
    """{content_type_id: PageSource} (content types are cached by Django after first use)."""
    types = ContentType.objects.get_for_models(*SEARCHED_PAGE_MODELS)
    by_model = {source.model: source for source in PAGE_SOURCES}
    return {content_type.pk: by_model[model] for model, content_type in types.items()}


@dataclass
class Item:
    """One thing a search found: a page or a document, with what facets and ranking need."""

    kind: str  # "page" or "document"
    pk: int
    type: str
    title: str
    summary: str = ""
    year: int | None = None
    date: object = None
    themes: frozenset = frozenset()
    principles: frozenset = frozenset()
    members: frozenset = frozenset()
    regions: frozenset = frozenset()
    publishers: list = field(default_factory=list)  # documents: ids of visible pages using them
    score: float = 0.0
    group_ranks: dict = field(default_factory=dict)  # term group index -> backend rank position

    @property
    def key(self):
        return (self.kind, self.pk)


def _m2m_pairs(model, field_name, ids):
    m2m = model._meta.get_field(field_name)
    through = m2m.remote_field.through
    source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
    pairs = {}
    for owner, other in through.objects.filter(**{f"{source}__in": ids}).values_list(
        f"{source}_id", f"{target}_id"
    ):
        pairs.setdefault(owner, set()).add(other)
    return pairs


def load_page_items(source, ids):
    """Items for the pages of one type, keyed by page id."""
    if not ids:
        return {}
    values = {
        "item_title": F("title"),
        "summary_text": F(source.summary_field),
        "first_published": F("first_published_at"),
    }
    if source.year_field:
        values["content_year"] = F(source.year_field)
    if source.lead_member_field:
        values["lead_key"] = F(source.lead_member_field)
    if source.region_field:
        values["region_key"] = F(source.region_field)
    rows = source.model.objects.filter(pk__in=ids).values("pk", **values)
    themes = principles = partners = {}
    if source.has_taxonomy:
        themes = _m2m_pairs(source.model, "themes", ids)
        principles = _m2m_pairs(source.model, "principles", ids)
    if source.partner_members_field:
        partners = _m2m_pairs(source.model, source.partner_members_field, ids)
    items = {}
    for row in rows:
        pk = row["pk"]
        published = row["first_published"]
        year = row.get("content_year") or (published.year if published else None)
        members = set(partners.get(pk, ()))
        if row.get("lead_key"):
            members.add(row["lead_key"])
        items[pk] = Item(
            kind="page",
            pk=pk,
            type=source.key,
            title=row["item_title"],
            summary=strip_html(row["summary_text"]),
            year=year,
            date=published,
            themes=frozenset(themes.get(pk, ())),
            principles=frozenset(principles.get(pk, ())),
            members=frozenset(members),
            regions=frozenset({row["region_key"]} if row.get("region_key") else ()),
        )
    return items


def load_pages(page_rows):
    """Items for (page id, content type id) pairs, of every searched type."""
    sources = source_for_content_type_ids()
    ids_by_source = {}
    for pk, content_type_id in page_rows:
        source = sources.get(content_type_id)
        if source is not None:
            ids_by_source.setdefault(source, []).append(pk)
    items = {}
    for source, ids in ids_by_source.items():
        items.update(load_page_items(source, ids))
    return items


def document_publishers(document_ids, visible_pages):
    """{document id: [page ids]}: the visible pages that use each document, from the reference
    index (which records foreign keys such as a lab's final report, inline resources and links in
    rich text and StreamField)."""
    if not document_ids:
        return {}
    document_type = ContentType.objects.get_for_model(get_document_model())
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=document_type,
        to_object_id__in=[str(pk) for pk in document_ids],
        base_content_type=page_type,
    ).values_list("to_object_id", "object_id")
    pairs = [(int(doc), int(page)) for doc, page in references if page.isdigit()]
    allowed = set(
        visible_pages.filter(pk__in={page for _, page in pairs}).values_list("pk", flat=True)
    )
    publishers = {}
    for doc, page in sorted(pairs):
        if page in allowed and page not in publishers.setdefault(doc, []):
            publishers[doc].append(page)
    return publishers


def load_document_items(ids, visible_pages):
    """Items for documents. A document takes the themes, members and region of the pages that
    publish it, so facets narrow documents along with the pages they belong to."""
    if not ids:
        return {}, {}
    rows = get_document_model().objects.filter(pk__in=ids).values("pk", "title", "created_at")
    publishers = document_publishers(ids, visible_pages)
    publisher_rows = Page.objects.filter(
        pk__in={p for pages in publishers.values() for p in pages}
    ).values_list("pk", "content_type_id")
    publisher_items = load_pages(publisher_rows)
    items = {}
    for row in rows:
        pk = row["pk"]
        pages = [publisher_items[p] for p in publishers.get(pk, []) if p in publisher_items]
        created = row["created_at"]
        items[pk] = Item(
            kind="document",
            pk=pk,
            type=DOCUMENT_TYPE,
            title=row["title"],
            year=created.year if created else None,
            date=created,
            themes=frozenset().union(*(p.themes for p in pages)),
            principles=frozenset().union(*(p.principles for p in pages)),
            members=frozenset().union(*(p.members for p in pages)),
            regions=frozenset().union(*(p.regions for p in pages)),
            publishers=[p.pk for p in pages],
        )
    return items, publisher_items
