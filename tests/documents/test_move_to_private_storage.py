"""Documents an existing site stored under MEDIA_ROOT are moved into the documents storage."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import connection

from documents.models import HubDocument
from tests import factories


@pytest.fixture
def old_layout(settings, tmp_path, db):
    """A document whose file is where the hub used to keep it: MEDIA_ROOT/documents/."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
        "documents": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private-media")},
        },
    }
    document = factories.DocumentFactory(file=ContentFile(b"Old report.", name="old.pdf"))
    name = document.file.name
    # Put the file back where the old layout had it.
    storages["default"].save(name, ContentFile(b"Old report."))
    storages["documents"].delete(name)
    return tmp_path, HubDocument.objects.get(pk=document.pk)


def test_the_command_moves_files_out_of_media_root(old_layout):
    tmp_path, document = old_layout
    call_command("move_documents_to_private_storage")
    assert not (tmp_path / "media" / document.file.name).exists()
    assert (tmp_path / "private-media" / document.file.name).read_bytes() == b"Old report."
    # Safe to run again: nothing left to move, nothing lost.
    call_command("move_documents_to_private_storage")
    assert (tmp_path / "private-media" / document.file.name).read_bytes() == b"Old report."


def test_the_migration_moves_them_too(old_layout):
    tmp_path, document = old_layout
    migration = importlib.import_module("documents.migrations.0003_private_document_storage")
    migration.move_existing_files(apps, SimpleNamespace(connection=connection))
    assert not (tmp_path / "media" / document.file.name).exists()
    assert (tmp_path / "private-media" / document.file.name).exists()


def test_a_missing_file_is_reported_not_fatal(old_layout, capsys):
    tmp_path, document = old_layout
    storages["default"].delete(document.file.name)
    call_command("move_documents_to_private_storage")
    assert f"Missing from both storages: {document.file.name}" in capsys.readouterr().err
