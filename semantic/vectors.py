"""The passages' vectors as one matrix, for comparing a query with all of them at once.

The database holds the vectors; each process keeps a copy as a numpy matrix and, before every
use, asks the database in one statement whether the passages changed, reading only the rows it
lacks. A passage is never updated in place, only replaced, and ids are never reused
(AUTOINCREMENT on SQLite, a sequence on PostgreSQL), so their count and highest id change with
every write; a restored backup, which brings older ids back, renews the generation token. So
every worker on every server sees a newly embedded page on its next search, with no shared
cache to trust.

After a publish, only the rows above the highest id held are read: they replace the rows of the
items they belong to and go after the rest, so the matrix is neither sorted nor listed again
(a tenth of a second to half a second at 90,000 passages before; docs/performance.md). Anything
else (passages deleted with no new ones, a late commit) is found by comparing every id.
"""

import threading
from dataclasses import dataclass

import numpy as np
from django.db import connection

from .encoder import DIMENSIONS, one_blas_thread
from .models import Passage, PassageGeneration

FEW_NEW_ROWS = 2000  # more new rows than this: read them all again in one pass
READ_CHUNK = 2000  # rows fetched at a time: a whole read never holds every row as Python objects
KIND_DTYPE = "U16"  # Passage.kind's max_length: fixed-width strings sort and compare in C


@dataclass(frozen=True)
class Match:
    kind: str
    object_id: int
    score: float  # cosine similarity of the best passage
    passage_id: int

    @property
    def key(self):
        return (self.kind, self.object_id)


class PassageMatrix:
    """Rows grouped by item, so each item's passages are contiguous (`starts`): sorted by
    item, unless `grouped` says they already are."""

    def __init__(self, ids, kinds, object_ids, vectors, grouped=False):
        if not grouped:
            order = np.lexsort((ids, object_ids, kinds))
            if np.any(order != np.arange(len(order))):  # already in order: no copy
                ids, kinds, object_ids, vectors = (
                    ids[order],
                    kinds[order],
                    object_ids[order],
                    vectors[order],
                )
        self.ids = ids
        self.kinds = kinds
        self.object_ids = object_ids
        self.vectors = vectors
        if len(self.ids):
            boundary = (self.kinds[1:] != self.kinds[:-1]) | (
                self.object_ids[1:] != self.object_ids[:-1]
            )
            self.starts = np.concatenate([[0], np.flatnonzero(boundary) + 1])
        else:
            self.starts = np.zeros(0, dtype=np.int64)
        self._item_vectors = None
        self._item_rows = None

    def __len__(self):
        return len(self.ids)

    def best_items(self, query_vector, limit, threshold):
        """Items whose best passage is at least `threshold` like the query, best first."""
        if not len(self.ids):
            return []
        with one_blas_thread():
            scores = self.vectors @ query_vector
        item_scores = np.maximum.reduceat(scores, self.starts)
        return self._top(item_scores, scores, limit, threshold)

    def similar_items(self, key, limit, threshold):
        """Items most like `key` as a whole (the mean of its passages), itself left out."""
        row = self.item_rows().get(key)
        if row is None:
            return []
        item_vectors = self.item_vectors()
        with one_blas_thread():
            item_scores = item_vectors @ item_vectors[row]
        item_scores[row] = -1.0
        return self._top(item_scores, None, limit, threshold)

    def item_vectors(self):
        if self._item_vectors is None:
            sums = np.add.reduceat(self.vectors, self.starts, axis=0)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            self._item_vectors = sums / np.maximum(norms, 1e-12)
        return self._item_vectors

    def item_rows(self):
        if self._item_rows is None:
            self._item_rows = {
                (str(self.kinds[start]), int(self.object_ids[start])): row
                for row, start in enumerate(self.starts)
            }
        return self._item_rows

    def _top(self, item_scores, passage_scores, limit, threshold):
        eligible = np.flatnonzero(item_scores >= threshold)
        if len(eligible) > limit:
            eligible = eligible[np.argpartition(-item_scores[eligible], limit - 1)[:limit]]
        eligible = eligible[np.lexsort((eligible, -item_scores[eligible]))]
        ends = np.append(self.starts[1:], len(self.ids))
        found = []
        for row in eligible:
            start, end = self.starts[row], ends[row]
            best = start
            if passage_scores is not None:
                best += int(np.argmax(passage_scores[start:end]))
            found.append(
                Match(
                    str(self.kinds[start]),
                    int(self.object_ids[start]),
                    round(float(item_scores[row]), 4),
                    int(self.ids[best]) if passage_scores is not None else 0,
                )
            )
        return found


def _signature():
    """(generation token, passage count, highest passage id), in one statement."""
    passages = connection.ops.quote_name(Passage._meta.db_table)
    generations = connection.ops.quote_name(PassageGeneration._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT token FROM {generations} WHERE id = 1), "
            f"(SELECT COUNT(*) FROM {passages}), (SELECT MAX(id) FROM {passages})"
        )
        return tuple(cursor.fetchone())


def item_vectors(kind, object_ids):
    """{object id: the unit mean of its passages' vectors}, read from the database, for those
    of these items that have passages."""
    rows = Passage.objects.filter(kind=kind, object_id__in=sorted(set(object_ids)))
    sums = {}
    for object_id, vector in rows.values_list("object_id", "vector"):
        found = Passage.unpack(vector)
        sums[object_id] = sums[object_id] + found if object_id in sums else found.copy()
    return {pk: total / max(float(np.linalg.norm(total)), 1e-12) for pk, total in sums.items()}


def _read(rows=None, expected=0):
    """(ids, kinds, object ids, vectors) of these Passage rows (all by default), in item order.

    Read in id order (the primary key's own order: asked in item order, both databases walked
    an index row by row, taking a second for a few new rows among 90,000), a chunk at a time
    into arrays sized for `expected` rows (grown if more come), so a worker reading a hundred
    thousand vectors never holds them all as Python objects too; then sorted by item."""
    rows = (Passage.objects.all() if rows is None else rows).order_by("id")
    size = max(expected, READ_CHUNK)
    ids = np.empty(size, dtype=np.int64)
    kinds = np.empty(size, dtype=KIND_DTYPE)
    object_ids = np.empty(size, dtype=np.int64)
    vectors = np.empty((size, DIMENSIONS), dtype=np.float32)
    count = 0
    fields = ("id", "kind", "object_id", "vector")
    for row_id, kind, object_id, vector in rows.values_list(*fields).iterator(READ_CHUNK):
        if count == len(ids):
            grown = len(ids) * 2
            ids, kinds, object_ids = (np.resize(a, grown) for a in (ids, kinds, object_ids))
            vectors = np.resize(vectors, (grown, DIMENSIONS))
        ids[count], kinds[count], object_ids[count] = row_id, kind, object_id
        vectors[count] = Passage.unpack(vector)
        count += 1
    order = np.lexsort((ids[:count], object_ids[:count], kinds[:count]))
    return ids[order], kinds[order], object_ids[order], vectors[order]


class _Copy:
    """This process's copy of the matrix and the signature it was read at."""

    def __init__(self):
        self.lock = threading.Lock()
        self.signature = None
        self.matrix = PassageMatrix(*_empty())

    def current(self):
        signature = _signature()
        with self.lock:
            if signature != self.signature:
                same_generation = self.signature and self.signature[0] == signature[0]
                if same_generation:
                    self.matrix = self._refreshed(signature)
                else:
                    self.matrix = PassageMatrix(*_read(expected=signature[1]))
                self.signature = signature
            return self.matrix

    def _refreshed(self, signature):
        """The matrix brought up to date by reading only the rows it lacks."""
        return self._with_new_rows(signature) or self._with_changed_rows()

    def _with_new_rows(self, signature):
        """The usual change, quickly: some items' passages replaced (their old rows deleted,
        new ones written with higher ids) or added. The new rows are read and the replaced
        items' rows dropped; None when the result does not hold exactly as many rows, up to
        the same highest id, as the database (rows deleted with no new ones for their item,
        or a row committed with an id below one already read)."""
        old = self.matrix
        _, count, last = signature
        known_last = int(old.ids.max()) if len(old) else 0
        if last is None or last <= known_last or last - known_last > 2 * FEW_NEW_ROWS:
            return None
        fresh = _read(Passage.objects.filter(id__gt=known_last))
        if not len(fresh[0]) or len(fresh[0]) > FEW_NEW_ROWS:
            return None
        replaced = np.zeros(len(old), dtype=bool)
        for kind in np.unique(fresh[1]):
            replaced |= (old.kinds == kind) & np.isin(old.object_ids, fresh[2][fresh[1] == kind])
        kept = ~replaced
        size = int(kept.sum()) + len(fresh[0])
        if size != count or int(fresh[0].max()) != last:
            return None
        # Each item's rows stay together: an item's rows are all kept or all new, and the new
        # rows come in item order after the kept ones.
        return PassageMatrix(
            *(
                _kept_then(kept, before, after)
                for before, after in zip(
                    (old.ids, old.kinds, old.object_ids, old.vectors), fresh, strict=True
                )
            ),
            grouped=True,
        )

    def _with_changed_rows(self):
        """Any change of the same generation: every id compared with those held."""
        old = self.matrix
        ids = np.fromiter(Passage.objects.values_list("id", flat=True), dtype=np.int64)
        new_ids = np.setdiff1d(ids, old.ids, assume_unique=True)
        if len(new_ids) > FEW_NEW_ROWS:
            return PassageMatrix(*_read(expected=len(ids)))
        kept = np.isin(old.ids, ids)
        fresh = _read(Passage.objects.filter(id__in=new_ids.tolist())) if len(new_ids) else _empty()
        return PassageMatrix(
            np.concatenate([old.ids[kept], fresh[0]]),
            np.concatenate([old.kinds[kept], fresh[1]]),
            np.concatenate([old.object_ids[kept], fresh[2]]),
            np.concatenate([old.vectors[kept], fresh[3]]),
        )


def _kept_then(kept, before, after):
    """The rows of `before` where `kept`, then those of `after`, copied once. The rows not kept
    are few (an item's passages or so), so the kept runs between them are copied as slices,
    at the speed of a memory copy (numpy's compress and boolean indexing take many times it)."""
    joined = np.empty((int(kept.sum()) + len(after), *before.shape[1:]), dtype=before.dtype)
    at = start = 0
    for dropped in np.flatnonzero(~kept).tolist() + [len(before)]:
        run = dropped - start
        joined[at : at + run] = before[start:dropped]
        at += run
        start = dropped + 1
    joined[at:] = after
    return joined


def _empty():
    return (
        np.zeros(0, dtype=np.int64),
        np.zeros(0, dtype=KIND_DTYPE),
        np.zeros(0, dtype=np.int64),
        np.zeros((0, DIMENSIONS), dtype=np.float32),
    )


_copy = _Copy()


def passage_matrix():
    """The current matrix of every passage, as the database holds them now."""
    return _copy.current()


def forget():
    """Drop this process's copy (tests that roll back a database whose ids are then reused)."""
    global _copy
    _copy = _Copy()
