"""Masks of index entry ids (search.idmasks): a search's masks span the index's ids from the
smallest to the largest, so ids that only grow as entries are written again cost nothing."""

from search import idmasks
from search.engines import get_engine
from search.service import run_search
from searchindex import indexing
from searchindex.models import IndexedItem


def test_a_span_places_its_ids_and_leaves_out_the_rest():
    span = idmasks.Span(1000, 1004)
    mask = span.mask([1000, 1004, 999, 1005, 1002])
    assert span.length == 5
    assert idmasks.ids(mask) == [0, 2, 4]
    assert span.ids(idmasks.ids(mask)) == [1000, 1002, 1004]
    assert (span.place(1003), span.place(999), span.place(1005)) == (3, None, None)
    assert span.bitmap(mask) == (1 << 1000) | (1 << 1002) | (1 << 1004)


def test_an_empty_index_spans_nothing():
    span = idmasks.Span(0, -1)
    assert span.length == 0
    assert idmasks.ids(span.mask([1, 2])) == []


def test_a_rebuilt_index_is_searched_the_same_over_a_span_of_its_own_size(corpus):
    def found(query):
        results = run_search({"q": query})
        return results.total, [(r.kind, r.id) for r in results.results]

    before = {
        query: found(query) for query in ("energy", "housing co-operative", "full fibre", "council")
    }
    assert all(total for total, _ in before.values())
    first_before = IndexedItem.objects.order_by("id").values_list("id", flat=True).first()
    indexing.rebuild()  # every entry is written again, with ids after the last one
    assert IndexedItem.objects.order_by("id").values_list("id", flat=True).first() > first_before
    assert {query: found(query) for query in before} == before
    engine = get_engine()
    assert engine._span().length == IndexedItem.objects.count()
