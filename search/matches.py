"""A query's matches as this user may see them: ranked catalogue numbers, narrowed by filters,
with facet counts, all worked out on sets of numbers."""

from collections import Counter
from itertools import chain

from .catalogue import document_item
from .matching import get_matcher
from .ranking import Ranker


def _as_seen(document, catalogue, visibility):
    """A document as this user sees it: facets only from the publishing pages they may see."""
    publishers = [catalogue.items[catalogue.by_key[("page", pk)]] for pk in document.publishers]
    seen = [page for page in publishers if visibility.sees_page(page)]
    if len(seen) == len(publishers):
        return document
    row = {
        "pk": document.pk,
        "title": document.title,
        "created_at": document.date,
        "collection_id": document.collection_id,
    }
    return document_item(row, seen)


class Matches:
    """Every visible item matching a query, as catalogue numbers, ranked; with the filters and
    facet counts worked out on sets of numbers."""

    def __init__(self, query, visibility, catalogue):
        self.catalogue = catalogue
        hits = get_matcher(catalogue, visibility).group_hits(query.groups)
        numbers = set().union(*hits) - catalogue.hidden_from(visibility)
        self.order, self.scores = Ranker(catalogue, query.groups, hits).rank(numbers)
        self.numbers = numbers
        # Documents some of whose publishing pages this user may not see have facets of their
        # own; the catalogue's facet index does not describe them.
        self.as_seen = {}
        if visibility.hidden_page_paths:
            for number in numbers:
                item = catalogue.items[number]
                if item.kind == "document" and item.publishers:
                    seen = _as_seen(item, catalogue, visibility)
                    if seen is not item:
                        self.as_seen[number] = seen

    def item(self, number):
        return self.as_seen.get(number) or self.catalogue.items[number]

    def narrow(self, filters, excluded=frozenset()):
        """The numbers that hold every filter, without `excluded`."""
        plain = self.numbers - excluded - self.as_seen.keys()
        for f in filters:
            plain &= self.catalogue.facet_index.get((f.facet, f.key), set())
        wanted = {(f.facet, f.key) for f in filters}
        special = {
            number
            for number, item in self.as_seen.items()
            if number not in excluded and wanted <= item.facet_keys
        }
        return plain | special

    def facet_counts(self, numbers):
        """{(facet, value): how many of `numbers` hold it}."""
        counts = Counter()
        plain = numbers - self.as_seen.keys()
        for pair, holders in self.catalogue.facet_index.items():
            count = len(holders & plain)
            if count:
                counts[pair] = count
        counts.update(
            chain.from_iterable(
                item.facet_keys for number, item in self.as_seen.items() if number in numbers
            )
        )
        return counts

    def ordered(self, numbers, sort):
        if sort == "newest":
            return [number for number in self.catalogue.newest_first if number in numbers]
        if len(numbers) == len(self.order):  # nothing narrowed away
            return self.order
        return [number for number in self.order if number in numbers]


def member_labels(catalogue, visibility):
    """{member page id: (slug, title)} for the member profiles this user may see."""
    hidden = catalogue.hidden_from(visibility)

    def build():
        return {
            item.pk: (item.slug, item.title)
            for number, item in enumerate(catalogue.items)
            if item.type == "member" and number not in hidden
        }

    return catalogue.derived(("member labels", hidden), build)
