"""Counts what a run created and what was already there, per kind of thing."""

from collections import defaultdict


class Tally:
    def __init__(self):
        self.counts = defaultdict(lambda: {"created": 0, "present": 0})

    def created(self, kind):
        self.counts[kind]["created"] += 1

    def present(self, kind):
        self.counts[kind]["present"] += 1

    def record(self, kind, was_created):
        if was_created:
            self.created(kind)
        else:
            self.present(kind)

    @property
    def total_created(self):
        return sum(count["created"] for count in self.counts.values())

    def lines(self):
        width = max((len(kind) for kind in self.counts), default=0)
        return [
            f"{kind:<{width}}  created {count['created']:>3}, already present {count['present']:>3}"
            for kind, count in self.counts.items()
        ]
