"""Keeping the passages and their vectors in step with what is published.

Search queues `tasks.embed_items` whenever its index entries for some items change; the task
worker then runs `embed()` for them. Live searchable pages and documents get passages; anything
else loses them. A passage whose text (and title) did not change keeps its vector, so editing
one paragraph re-embeds one passage.
"""

import hashlib
import logging
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from wagtail.documents import get_document_model

from core.search_facts import searchable_page_models

from .models import Passage
from .passages import document_passages, page_passages
from .signals import passages_embedded

logger = logging.getLogger(__name__)
MODEL_NAME = "all-MiniLM-L6-v2"
BATCH = 200  # items read and written at a time and per queued task


def enabled():
    from .encoder import model_available  # the encoder loads numpy: only when it is needed

    return settings.SEMANTIC_SEARCH["enabled"] and model_available()


def _digest(text):
    return hashlib.sha256(f"{MODEL_NAME}\n{text}".encode()).hexdigest()


def _page_sources(page_ids):
    """{page id: (title, [passages.Passage])} for the live searchable pages among `page_ids`."""
    found = {}
    for model in searchable_page_models():
        pages = (
            model.objects.live()
            .filter(pk__in=page_ids)
            .select_related(*model.search_select_related)
            .prefetch_related(*model.search_prefetch_related)
        )
        for page in pages:
            facts = page.search_facts()
            found[page.pk] = (facts.title, page_passages(facts))
    return found


def _document_sources(document_ids):
    documents = get_document_model().objects.filter(pk__in=document_ids)
    limit = settings.DOCUMENT_INDEX_TEXT_LIMIT
    return {
        document.pk: (document.title, document_passages(document, limit)) for document in documents
    }


SOURCES = {"page": _page_sources, "document": _document_sources}


def embed(kind, object_ids):
    """Bring the passages of these items up to date. Returns how many were embedded anew."""
    return update(kind, object_ids)[0]


def update(kind, object_ids):
    """Bring the passages of these items up to date. Returns how many were embedded anew and
    the ids of the items whose passages' meaning changed (new, edited or gone)."""
    object_ids = sorted(set(object_ids))
    sources = SOURCES[kind](object_ids)
    known, before, after = {}, defaultdict(list), defaultdict(list)
    held = Passage.objects.filter(kind=kind, object_id__in=object_ids)
    for object_id, digest, vector in held.values_list("object_id", "digest", "vector"):
        known[digest] = vector
        before[object_id].append(digest)
    rows, missing = [], []
    for object_id, (title, passages) in sources.items():
        for position, passage in enumerate(passages):
            text = passage.embedded_text(title)
            digest = _digest(text)
            after[object_id].append(digest)
            row = Passage(
                kind=kind,
                object_id=object_id,
                position=position,
                text=passage.text,
                pdf_page=passage.pdf_page,
                digest=digest,
                vector=known.get(digest),
            )
            rows.append(row)
            if row.vector is None:
                missing.append((row, text))
    if missing:
        from .encoder import get_encoder

        vectors = get_encoder().encode([text for _, text in missing])
        for (row, _), vector in zip(missing, vectors, strict=True):
            row.vector = Passage.pack(vector)
    with transaction.atomic():
        Passage.objects.filter(kind=kind, object_id__in=object_ids).delete()
        Passage.objects.bulk_create(rows, batch_size=500)
    transaction.on_commit(
        lambda: passages_embedded.send(sender=embed, kind=kind, object_ids=object_ids)
    )
    changed = [pk for pk in object_ids if sorted(before[pk]) != sorted(after[pk])]
    return len(missing), changed


def embed_everything(progress=None):
    """Embed every live searchable page and every document; passages of anything else go;
    then work out again the pages most like each page.

    `progress(done, total)` is called as batches finish. Returns how many passages were
    embedded anew."""
    from .encoder import ModelUnavailable, model_available

    if not model_available():
        raise ModelUnavailable("the embedding model is not installed")
    pages = sorted(
        pk
        for model in searchable_page_models()
        for pk in model.objects.live().values_list("pk", flat=True)
    )
    documents = sorted(get_document_model().objects.values_list("pk", flat=True))
    work = [("page", pages[i : i + BATCH]) for i in range(0, len(pages), BATCH)]
    work += [("document", documents[i : i + BATCH]) for i in range(0, len(documents), BATCH)]
    total = len(pages) + len(documents)
    embedded = done = 0
    for kind, batch in work:
        embedded += embed(kind, batch)
        done += len(batch)
        if progress:
            progress(done, total)
    for kind, wanted in (("page", pages), ("document", documents)):
        held = set(Passage.objects.filter(kind=kind).values_list("object_id", flat=True))
        stale = sorted(held - set(wanted))
        for start in range(0, len(stale), BATCH):
            Passage.objects.filter(kind=kind, object_id__in=stale[start : start + BATCH]).delete()
    from . import similar_pages  # numpy and the matrix: never at a web worker's boot

    similar_pages.refresh_all()
    return embedded
