"""The pages most like each page by meaning, worked out in the task queue and kept as rows
(`SimilarPage`), so a page shows its related content without reading any vector.

Only pages of the kinds offered as related content (`related_by_meaning`) are compared, each as
the unit mean of its passages. Each keeps its KEEP most alike pages at least as alike as the
`similar_threshold` setting, whoever may see them: live status and privacy are applied when a
page is shown (semantic/related.py).

When some pages' passages change, the lists that can change are worked out again: theirs, those
that list one of them (it may have moved away or gone), and those one of them now comes close
enough to enter (at least as alike as the last page the list keeps, or above the threshold
where the list is not full). `manage.py embed_content` works every list out again.
"""

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min
from wagtail.models import Page

from core.search_facts import searchable_page_models

from .encoder import one_blas_thread
from .models import SimilarPage
from .signals import similar_pages_changed
from .vectors import passage_matrix

KEEP = 30  # pages kept for each page: a page shows 3, some are private, unpublished or moved
CHUNK = 512  # pages whose lists are worked out at a time (a CHUNK × pages matrix of scores)


def offered_page_ids():
    offered = [model for model in searchable_page_models() if model.related_by_meaning]
    return set(Page.objects.type(*offered).values_list("pk", flat=True))


def _page_vectors():
    """(page ids, their unit mean vectors) for the offered pages that have passages."""
    matrix = passage_matrix()
    rows = matrix.item_rows()
    found = sorted((pk, rows[("page", pk)]) for pk in offered_page_ids() if ("page", pk) in rows)
    ids = np.array([pk for pk, _ in found], dtype=np.int64)
    if not found:
        return ids, np.zeros((0, matrix.vectors.shape[1]), dtype=np.float32)
    return ids, matrix.item_vectors()[[row for _, row in found]]


def _lists(ids, vectors, rows):
    """{page id: [(similar page id, score)], best first} for the pages at `rows`."""
    threshold = settings.SEMANTIC_SEARCH["similar_threshold"]
    keep = min(KEEP, len(ids) - 1)
    found = {}
    for start in range(0, len(rows), CHUNK):
        chunk = np.asarray(rows[start : start + CHUNK])
        with one_blas_thread():
            scores = vectors[chunk] @ vectors.T
        scores[np.arange(len(chunk)), chunk] = -1.0  # not itself
        for line, row in zip(scores, chunk, strict=True):
            best = np.argpartition(-line, keep - 1)[:keep] if keep > 0 else []
            best = sorted(best, key=lambda column: (-line[column], ids[column]))
            found[int(ids[row])] = [
                (int(ids[column]), round(float(line[column]), 4))
                for column in best
                if line[column] >= threshold
            ]
    return found


def _replace(page_ids, lists):
    with transaction.atomic():
        SimilarPage.objects.filter(page_id__in=page_ids).delete()
        SimilarPage.objects.bulk_create(
            [
                SimilarPage(page_id=page_id, similar_id=similar_id, rank=rank, score=score)
                for page_id, similar in lists.items()
                for rank, (similar_id, score) in enumerate(similar)
            ],
            batch_size=1000,
        )
    transaction.on_commit(lambda: similar_pages_changed.send(sender=SimilarPage))


def _floors(ids):
    """{page id: the lowest score a page must reach to enter its list}, for every page."""
    threshold = settings.SEMANTIC_SEARCH["similar_threshold"]
    floors = np.full(len(ids), threshold, dtype=np.float32)
    position = {pk: index for index, pk in enumerate(ids.tolist())}
    held = SimilarPage.objects.values("page_id").annotate(count=Count("id"), lowest=Min("score"))
    for row in held:
        index = position.get(row["page_id"])
        if index is not None and row["count"] >= KEEP:
            floors[index] = max(threshold, row["lowest"])
    return floors


def refresh(changed_ids):
    """Work out again the lists that pages whose passages changed can change."""
    changed_ids = sorted(set(changed_ids))
    if not changed_ids:
        return
    ids, vectors = _page_vectors()
    position = {pk: index for index, pk in enumerate(ids.tolist())}
    affected = set(changed_ids)
    affected.update(
        SimilarPage.objects.filter(similar_id__in=changed_ids).values_list("page_id", flat=True)
    )
    present = [position[pk] for pk in changed_ids if pk in position]
    if present:
        with one_blas_thread():
            closest = (vectors @ vectors[present].T).max(axis=1)
        affected.update(ids[closest >= _floors(ids)].tolist())
    rows = sorted(position[pk] for pk in affected if pk in position)
    _replace(sorted(affected), _lists(ids, vectors, rows))


def refresh_all():
    """Work out every page's list again (after embedding everything, or a new threshold)."""
    ids, vectors = _page_vectors()
    lists = _lists(ids, vectors, list(range(len(ids))))
    with transaction.atomic():
        SimilarPage.objects.all().delete()
        _replace([], lists)
