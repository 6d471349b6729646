"""Writing the search index: what each searchable model declares (`core.search_facts`), read
fresh from the database, as `IndexedItem` rows (a search server is told by `index_changed`).

Only live content is indexed: a page enters when it is published and leaves when it is
unpublished or deleted; drafts and autosaves never touch the index. A document's entry carries
the pages that publish it and takes their themes, members and regions. Every write reads the
objects again from the database by id, so an in-memory copy (a form's instance, a stale
document without its extracted text) can never overwrite what is stored.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from core.search_facts import searchable_page_models as page_models
from semantic.tasks import queue_embedding

from . import version
from .models import IndexedItem, IndexedValue
from .signals import index_changed, index_cleared

FACETS = ("theme", "principle", "member", "region")
BATCH = 500


def _values(item, facts):
    values = [("type", item.type)]
    if facts.year is not None:
        values.append(("year", str(facts.year)))
    for facet, found in zip(
        FACETS, (facts.themes, facts.principles, facts.members, facts.regions), strict=True
    ):
        values.extend((facet, str(pk)) for pk in found)
    return [IndexedValue(item=item, facet=facet, value=value) for facet, value in values]


def _item(kind, obj, facts, **own):
    """The entry for `obj` as its `facts` describe it; `own`: what only this kind stores."""
    return IndexedItem(
        kind=kind,
        object_id=obj.pk,
        type=obj.search_type,
        title=facts.title,
        body=facts.body,
        date=facts.date,
        year=facts.year,
        extra=facts.extra,
        **own,
    )


def _page_item(page):
    facts = page.search_facts()
    return _item("page", page, facts, summary=facts.summary, path=page.path), facts


def _live_pages(model, page_ids=None):
    pages = model.objects.live()
    if page_ids is not None:
        pages = pages.filter(pk__in=page_ids)
    return pages.select_related(*model.search_select_related).prefetch_related(
        *model.search_prefetch_related
    )


def _models_of_live_pages(page_ids):
    """The searchable page models these pages are live as: one query, so a publish reads only
    its own page type's table instead of every type's."""
    present = set(
        Page.objects.live()
        .filter(pk__in=page_ids)
        .values_list("content_type_id", flat=True)
        .distinct()
    )
    models = page_models()
    types = ContentType.objects.get_for_models(*models)
    return [model for model in models if types[model].pk in present]


def _replace(kind, object_ids, built):
    """Put `built` ([(item, facts)]) in place of the entries for `object_ids`."""
    with transaction.atomic():
        IndexedItem.objects.filter(kind=kind, object_id__in=object_ids).delete()
        IndexedItem.objects.bulk_create([item for item, _ in built], batch_size=BATCH)
        values = [value for item, facts in built for value in _values(item, facts)]
        IndexedValue.objects.bulk_create(values, batch_size=BATCH * 4)
    version.bump()
    removed = set(object_ids) - {item.object_id for item, _ in built}
    index_changed.send(IndexedItem, kind=kind, object_ids=object_ids, built=built, removed=removed)
    # The task worker embeds the passages of what changed, for search by meaning.
    transaction.on_commit(lambda: queue_embedding(kind, object_ids))


def index_pages(page_ids):
    """Bring the entries of these pages up to date (live ones in, others out), then the
    documents they use, whose publishers may have changed."""
    page_ids = sorted(set(page_ids))
    if not page_ids:
        return
    built = []
    for model in _models_of_live_pages(page_ids):
        built.extend(_page_item(page) for page in _live_pages(model, page_ids))
    _replace("page", page_ids, built)
    index_documents(documents_used_by(page_ids) | _documents_published_by(page_ids))


def _document_references():
    """What Wagtail's reference index knows of pages that use documents."""
    return ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
        base_content_type=ContentType.objects.get_for_model(Page),
    )


def documents_used_by(page_ids):
    references = (
        _document_references()
        .filter(object_id__in=[str(pk) for pk in page_ids])
        .values_list("to_object_id", flat=True)
    )
    return {int(pk) for pk in references if pk.isdigit()}


def _documents_published_by(page_ids):
    """Documents whose entries name these pages as publishers (the reference may be gone)."""
    wanted = set(page_ids)
    entries = IndexedItem.objects.filter(kind="document").exclude(publishers=[])
    return {
        entry.object_id
        for entry in entries.only("object_id", "publishers")
        if wanted.intersection(entry.publishers)
    }


def _publishers(document_ids):
    """{document id: [page ids]}: the live indexed pages whose stored content uses each one."""
    references = _document_references()
    if document_ids is not None:
        references = references.filter(to_object_id__in=[str(pk) for pk in document_ids])
    pairs = {
        (int(document), int(page))
        for document, page in references.values_list("to_object_id", "object_id")
        if document.isdigit() and page.isdigit()
    }
    indexed = set(
        IndexedItem.objects.filter(
            kind="page", object_id__in={page for _, page in pairs}
        ).values_list("object_id", flat=True)
    )
    found = {}
    for document, page in sorted(pairs):
        if page in indexed:
            found.setdefault(document, []).append(page)
    return found


def _publisher_values(page_ids):
    """{page id: {facet: {values}}} for the facets a document takes from its pages."""
    values = IndexedValue.objects.filter(
        item__kind="page", item__object_id__in=page_ids, facet__in=FACETS
    ).values_list("item__object_id", "facet", "value")
    found = {}
    for page, facet, value in values:
        found.setdefault(page, {}).setdefault(facet, set()).add(value)
    return found


def _document_item(document, publishers, publisher_values):
    facts = document.search_facts()
    taken = {facet: set() for facet in FACETS}
    for page in publishers:
        for facet, values in publisher_values.get(page, {}).items():
            taken[facet] |= values
    facts = type(facts)(
        **{
            **facts.__dict__,
            "themes": tuple(sorted(taken["theme"])),
            "principles": tuple(sorted(taken["principle"])),
            "members": tuple(sorted(taken["member"])),
            "regions": tuple(sorted(taken["region"])),
        }
    )
    item = _item(
        "document", document, facts, collection_id=document.collection_id, publishers=publishers
    )
    return item, facts


def index_documents(document_ids=None):
    """Bring these documents' entries up to date (all of them when `document_ids` is None)."""
    model = get_document_model()
    documents = model.objects.all()
    if document_ids is not None:
        document_ids = sorted(set(document_ids))
        if not document_ids:
            return
        documents = documents.filter(pk__in=document_ids)
    publishers = _publishers(document_ids)
    publisher_values = _publisher_values({p for pages in publishers.values() for p in pages})
    built = [
        _document_item(document, publishers.get(document.pk, []), publisher_values)
        for document in documents.iterator(chunk_size=BATCH)
    ]
    if document_ids is None:
        document_ids = IndexedItem.objects.filter(kind="document").values_list(
            "object_id", flat=True
        )
        document_ids = sorted(set(document_ids) | {item.object_id for item, _ in built})
    _replace("document", document_ids, built)


def rebuild():
    """Index every live searchable page and every document from scratch. Returns the count."""
    index_cleared.send(IndexedItem)
    with transaction.atomic():
        IndexedItem.objects.all().delete()
        for model in page_models():
            pages = _live_pages(model)
            batch = []
            for page in pages.iterator(chunk_size=BATCH):
                batch.append(_page_item(page))
                if len(batch) >= BATCH:
                    _replace("page", [item.object_id for item, _ in batch], batch)
                    batch = []
            _replace("page", [item.object_id for item, _ in batch], batch)
        index_documents()
    return IndexedItem.objects.count()


def holders_of(facet, value):
    """The ids of the indexed pages holding a facet value."""
    holders = IndexedValue.objects.filter(item__kind="page", facet=facet, value=str(value))
    return set(holders.values_list("item__object_id", flat=True))


def reindex_holders(facet, value):
    """Index again the pages holding a facet value (a theme renamed, a member's new name)."""
    index_pages(holders_of(facet, value))
