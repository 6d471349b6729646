"""The storage documents live in: Django's "documents" storage alias, never MEDIA_ROOT.

HubDocument.file uses `document_storage`, a callable, so settings decide where documents go
(local disk outside MEDIA_ROOT, or a private bucket; see core.media.media_storages) and the
migrations do not depend on them.
"""

from django.core.files.storage import default_storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

DOCUMENTS_STORAGE_ALIAS = "documents"


class DocumentStorage(LazyObject):
    """The "documents" storage, looked up when first used (and again after STORAGES changes)."""

    def _setup(self):
        self._wrapped = storages[DOCUMENTS_STORAGE_ALIAS]


_document_storage = DocumentStorage()


def document_storage():
    return _document_storage


@receiver(setting_changed)
def forget_storage_when_settings_change(*, setting, **kwargs):
    if setting == "STORAGES":
        _document_storage._wrapped = empty


def move_into_document_storage(names, *, source=None, target=None):
    """Move files named `names` from the default storage into the documents storage.

    Files already in the documents storage are left alone (safe to run again); files found in
    neither are reported. Returns (moved, missing) lists of names.
    """
    source = source if source is not None else default_storage
    target = target if target is not None else document_storage()
    moved, missing = [], []
    for name in names:
        if not name or target.exists(name):
            continue
        if not source.exists(name):
            missing.append(name)
            continue
        with source.open(name, "rb") as handle:
            saved = target.save(name, handle)
        if saved != name:
            raise RuntimeError(f"{name} was stored as {saved}; the document would lose its file.")
        source.delete(name)
        moved.append(name)
    return moved, missing
