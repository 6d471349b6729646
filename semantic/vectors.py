"""The passages' vectors as one matrix, for comparing a query with all of them at once.

The database holds the vectors; each process keeps a copy as a numpy matrix and, before every
use, asks the database in one statement whether the passages changed, reading only the rows it
lacks. A passage is never updated in place, only replaced, and ids are never reused
(AUTOINCREMENT on SQLite, a sequence on PostgreSQL), so their count and highest id change with
every write; a restored backup, which brings older ids back, renews the generation token. So
every worker on every server sees a newly embedded page on its next search, with no shared
cache to trust.
"""

import threading
from dataclasses import dataclass

import numpy as np
from django.db import connection

from .encoder import DIMENSIONS, one_blas_thread
from .models import Passage, PassageGeneration

FEW_NEW_ROWS = 2000  # more new rows than this: read them all again in one pass


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
    """Rows sorted by item, so each item's passages are contiguous (`starts`)."""

    def __init__(self, ids, kinds, object_ids, vectors):
        order = np.lexsort((ids, object_ids, kinds))
        self.ids = ids[order]
        self.kinds = kinds[order]
        self.object_ids = object_ids[order]
        self.vectors = vectors[order]
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


def _read(ids=None):
    rows = Passage.objects.order_by()
    if ids is not None:
        rows = rows.filter(id__in=ids)
    rows = list(rows.values_list("id", "kind", "object_id", "vector"))
    vectors = np.empty((len(rows), DIMENSIONS), dtype=np.float32)
    for index, (_, _, _, vector) in enumerate(rows):
        vectors[index] = Passage.unpack(vector)
    return (
        np.array([row[0] for row in rows], dtype=np.int64),
        np.array([row[1] for row in rows], dtype=object),
        np.array([row[2] for row in rows], dtype=np.int64),
        vectors,
    )


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
                self.matrix = self._refreshed() if same_generation else PassageMatrix(*_read())
                self.signature = signature
            return self.matrix

    def _refreshed(self):
        old = self.matrix
        ids = np.fromiter(Passage.objects.values_list("id", flat=True), dtype=np.int64)
        new_ids = np.setdiff1d(ids, old.ids, assume_unique=True)
        if len(new_ids) > FEW_NEW_ROWS:
            return PassageMatrix(*_read())
        kept = np.isin(old.ids, ids)
        fresh = _read(new_ids.tolist()) if len(new_ids) else _empty()
        return PassageMatrix(
            np.concatenate([old.ids[kept], fresh[0]]),
            np.concatenate([old.kinds[kept], fresh[1]]),
            np.concatenate([old.object_ids[kept], fresh[2]]),
            np.concatenate([old.vectors[kept], fresh[3]]),
        )


def _empty():
    return (
        np.zeros(0, dtype=np.int64),
        np.zeros(0, dtype=object),
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
