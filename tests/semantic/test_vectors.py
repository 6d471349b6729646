"""The per-process matrix of passage vectors, kept in step with the database."""

import numpy as np
import pytest

from semantic import vectors
from semantic.encoder import DIMENSIONS
from semantic.models import Passage
from semantic.vectors import PassageMatrix, passage_matrix


def _vector(seed):
    vector = np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)
    return vector / np.linalg.norm(vector)


def _write(kind, object_id, seeds, **fields):
    return [
        Passage.objects.create(
            kind=kind,
            object_id=object_id,
            position=position,
            text=f"passage {seed}",
            digest=f"{seed:064d}",
            vector=Passage.pack(_vector(seed)),
            **fields,
        )
        for position, seed in enumerate(seeds)
    ]


def _replace(kind, object_id, seeds):
    """What embedding does to an item: its rows deleted, new ones written."""
    Passage.objects.filter(kind=kind, object_id=object_id).delete()
    return _write(kind, object_id, seeds)


def _held(matrix):
    return {
        int(row_id): (str(kind), int(object_id), matrix.vectors[index].tobytes())
        for index, (row_id, kind, object_id) in enumerate(
            zip(matrix.ids, matrix.kinds, matrix.object_ids, strict=True)
        )
    }


def _stored():
    return {p.pk: (p.kind, p.object_id, bytes(p.vector)) for p in Passage.objects.all()}


def _assert_matches_database(matrix):
    assert _held(matrix) == _stored()
    # Every item's rows are together, and `starts` finds each item once.
    starts = matrix.starts
    keys = list(zip(matrix.kinds[starts].tolist(), matrix.object_ids[starts].tolist(), strict=True))
    items = Passage.objects.values("kind", "object_id").distinct().count()
    assert len(keys) == len(set(keys)) == items


@pytest.fixture
def passages(db):
    _write("page", 1, [1, 2, 3])
    _write("page", 2, [4, 5])
    _write("document", 7, [6, 7])
    return passage_matrix()


def test_a_replaced_item_keeps_its_place_apart_from_the_other_items(passages):
    _replace("page", 1, [11, 12])

    matrix = passage_matrix()

    _assert_matches_database(matrix)
    best = matrix.best_items(_vector(12), limit=1, threshold=0.5)
    assert [(m.kind, m.object_id) for m in best] == [("page", 1)]


def test_a_new_item_and_a_replaced_one_together(passages):
    _replace("document", 7, [21])
    _write("page", 3, [22, 23])

    _assert_matches_database(passage_matrix())


def test_an_item_whose_passages_go_without_new_ones_leaves_the_matrix(passages):
    Passage.objects.filter(kind="page", object_id=2).delete()

    matrix = passage_matrix()

    _assert_matches_database(matrix)
    assert 2 not in matrix.object_ids.tolist()


def test_a_row_committed_with_an_id_below_one_already_read_is_not_missed(passages):
    late = max(Passage.objects.values_list("id", flat=True)) - 1
    Passage.objects.filter(pk=late).delete()  # its place, as if its writer had not committed yet
    passage_matrix()
    _replace("page", 1, [31])
    Passage.objects.create(
        pk=late,
        kind="page",
        object_id=9,
        position=0,
        text="late",
        digest="0" * 64,
        vector=Passage.pack(_vector(32)),
    )

    _assert_matches_database(passage_matrix())


def test_many_rows_are_read_in_chunks_into_one_matrix(db, monkeypatch):
    monkeypatch.setattr(vectors, "READ_CHUNK", 3)
    for object_id in range(5):
        _write("page", object_id, [object_id * 10 + n for n in range(4)])

    _assert_matches_database(passage_matrix())


def test_rows_read_in_item_order_are_not_copied_again():
    ids = np.array([5, 9, 2])
    kinds = np.array(["document", "page", "page"], dtype=vectors.KIND_DTYPE)
    object_ids = np.array([1, 1, 2])
    rows = np.stack([_vector(n) for n in range(3)])

    matrix = PassageMatrix(ids, kinds, object_ids, rows)

    assert matrix.vectors is rows
    assert matrix.starts.tolist() == [0, 1, 2]


def test_replacing_or_adding_items_reads_only_the_new_rows(passages, monkeypatch):
    def list_every_id(copy):
        pytest.fail("every passage id was listed for a change of new rows only")

    monkeypatch.setattr(vectors._Copy, "_with_changed_rows", list_every_id)
    _replace("page", 2, [41, 42, 43])
    _write("page", 4, [44])

    _assert_matches_database(passage_matrix())
