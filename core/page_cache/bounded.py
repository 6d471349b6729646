"""A worker's own store of values up to a number of bytes, the least recently used dropped
first; safe to use from a threaded worker's several threads."""

import threading
from collections import OrderedDict


class BoundedStore:
    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._values = OrderedDict()  # key: (value, size)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            kept = self._values.get(key)
            if kept is None:
                return None
            self._values.move_to_end(key)
            return kept[0]

    def put(self, key, value, size):
        with self._lock:
            self._forget(key)
            if size > self.max_bytes:
                return
            self._values[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._forget(next(iter(self._values)))

    def forget(self, key):
        with self._lock:
            self._forget(key)

    def _forget(self, key):
        kept = self._values.pop(key, None)
        if kept is not None:
            self._bytes -= kept[1]
