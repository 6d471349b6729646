"""Sets of index entry ids as boolean arrays indexed by id (numpy): a common word's thousands of
matches are read, joined, split and counted in a few operations over the whole index rather
than a Python step for each id. A search's arrays share one length, one more than the largest
id in the index (`DatabaseEngine._length`); an id beyond it, written since, is left out.

Loaded with the first search (numpy is about 17 MB a worker), never at boot."""

import numpy as np


def empty(length):
    return np.zeros(length, dtype=bool)


def of(ids, length):
    """The mask of `ids` (any iterable of ints, or an array)."""
    found = np.zeros(length, dtype=bool)
    if not isinstance(ids, np.ndarray):
        ids = np.fromiter(ids, dtype=np.int64)
    found[ids[(ids >= 0) & (ids < length)]] = True
    return found


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


def to_bitmap(mask):
    """An integer whose bit i is set for each id i set in `mask`."""
    return int.from_bytes(np.packbits(mask, bitorder="little").tobytes(), "little")
