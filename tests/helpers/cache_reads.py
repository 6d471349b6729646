"""Counting what a request reads from a shared cache."""

from collections import Counter


class CacheReads:
    """The shared cache, counting the keys read through it."""

    def __init__(self, wrapped):
        self.wrapped = wrapped
        self.keys = Counter()
        self.round_trips = 0

    def get(self, key, *args, **kwargs):
        self.keys[key] += 1
        self.round_trips += 1
        return self.wrapped.get(key, *args, **kwargs)

    def get_many(self, keys, *args, **kwargs):
        self.keys.update(keys)
        self.round_trips += 1
        return self.wrapped.get_many(keys, *args, **kwargs)

    def get_or_set(self, key, *args, **kwargs):
        self.keys[key] += 1
        self.round_trips += 1
        return self.wrapped.get_or_set(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.wrapped, name)
