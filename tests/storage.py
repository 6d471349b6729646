"""Storages the test settings use."""

from django.core.files.storage import InMemoryStorage, Storage


class InMemoryDocumentStorage(Storage):
    """Documents in memory, with no local paths (like a bucket).

    InMemoryStorage.path() names a file that is not on disk, which Wagtail's serve view would
    try to send from there; without a path (Storage.path raises NotImplementedError) it streams
    the file from the storage instead.
    """

    def __init__(self, **options):
        self.memory = InMemoryStorage(**options)

    def _open(self, name, mode="rb"):
        return self.memory.open(name, mode)

    def _save(self, name, content):
        return self.memory.save(name, content)

    def delete(self, name):
        self.memory.delete(name)

    def exists(self, name):
        return self.memory.exists(name)

    def listdir(self, path):
        return self.memory.listdir(path)

    def size(self, name):
        return self.memory.size(name)

    def url(self, name):
        return self.memory.url(name)

    def get_modified_time(self, name):
        return self.memory.get_modified_time(name)
