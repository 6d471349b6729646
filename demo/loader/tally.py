"""What a run of the demo loader did, per kind of item, as one table."""

from core.console import table
from core.importing import CREATED, UNCHANGED, UPDATED

ACTIONS = (CREATED, UPDATED, UNCHANGED)


class Tally:
    """Counts each item as created, updated or unchanged under its kind, in the order the kinds
    are first seen; `on_item(kind, action, label, warnings)` hears of each one as it comes."""

    def __init__(self, on_item=None):
        self.counts = {}
        self.on_item = on_item

    def add(self, kind, action, label, warnings=()):
        self.counts.setdefault(kind, dict.fromkeys(ACTIONS, 0))[action] += 1
        if self.on_item is not None:
            self.on_item(kind, action, label, warnings)

    @property
    def total_created(self):
        return sum(counts[CREATED] for counts in self.counts.values())

    def lines(self):
        """The table: one row per kind with the items the demo content holds and what this run
        did to them. The items column is the same on every run."""
        rows = [
            [kind, sum(counts.values()), *(counts[action] for action in ACTIONS)]
            for kind, counts in self.counts.items()
        ]
        return table(["", "items", *ACTIONS], rows)
