"""Sets of index entry ids as boolean arrays (numpy): a common word's thousands of matches are
read, joined, split and counted in a few operations over the whole index rather than a Python
step for each id. A search's arrays share one `Span`, the index's ids from the smallest to the
largest when it last changed: place i of a mask stands for the id `first + i`, and an id
outside the span (written since) is left out.

Loaded with the first search (numpy is about 17 MB a worker), never at boot."""

import numpy as np


def empty(length):
    return np.zeros(length, dtype=bool)


def of(places, length):
    """The mask of `places` (any iterable of ints, or an array); those outside it are left out."""
    found = np.zeros(length, dtype=bool)
    if not isinstance(places, np.ndarray):
        places = np.fromiter(places, dtype=np.int64)
    found[places[(places >= 0) & (places < length)]] = True
    return found


class Span:
    """The ids a search's masks stand for: from `first` to `last`, place i for `first + i`.
    Entries are written again whenever what they describe changes, each time with a new id, so
    the span grows with the edits since the index was last rebuilt, not with the content."""

    def __init__(self, first, last):
        self.first = first
        self.length = max(last - first + 1, 0)

    def empty(self):
        return empty(self.length)

    def mask(self, ids):
        """The mask of the ids `ids` (any iterable of ints, or an array)."""
        if not isinstance(ids, np.ndarray):
            ids = np.fromiter(ids, dtype=np.int64)
        return of(ids - self.first, self.length)

    def place(self, item):
        """The place of the id `item`, or None outside the span."""
        place = item - self.first
        return place if 0 <= place < self.length else None

    def ids(self, places):
        """The ids at `places` (an iterable of ints), as Python ints."""
        return [self.first + place for place in places]

    def bitmap(self, mask):
        """An integer whose bit i is set for each id i the mask holds."""
        return to_bitmap(mask) << self.first


def parse(text):
    """The ids of a comma-separated list ("3,14,15"), as an array, parsed in C."""
    return np.fromstring(text or "", dtype=np.int64, sep=",")


def ids(mask):
    """The ids set in `mask`, in order, as Python ints."""
    return np.flatnonzero(mask).tolist()


def count(mask):
    return int(np.count_nonzero(mask))


def union(masks, length):
    found = empty(length)
    for mask in masks:
        found |= mask
    return found


def every(masks, length):
    """The ids set in every one of `masks` (none when there are none)."""
    masks = list(masks)
    if not masks:
        return empty(length)
    found = masks[0].copy()
    for mask in masks[1:]:
        found &= mask
    return found


def bitmap_of(ids):
    """An integer whose bit i is set for each id i of the array `ids`."""
    return to_bitmap(of(ids, int(ids.max()) + 1)) if len(ids) else 0


def to_bitmap(mask):
    """An integer whose bit i is set for each id i set in `mask`."""
    return int.from_bytes(np.packbits(mask, bitorder="little").tobytes(), "little")
