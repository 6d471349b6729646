"""The file storages a backup covers, and putting restored files in place.

Every storage in settings.STORAGES except static files, and the storages of the document, image
and rendition models' file fields, are covered. Each local-disk location is archived under a key
(its STORAGES alias, or the model's label when a field has a storage of its own); a location
inside another one is covered by the outer one. A storage that is not on local disk (S3) is not
backed up here: the bucket's versioning and replication are its backup.
"""

import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

STAGING_PREFIX = ".restore-"
PREVIOUS_PREFIX = ".previous-"
EXCLUDED_STORAGES = {"staticfiles"}


def _file_field_storages():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    image_model = get_image_model()
    models = [get_document_model(), image_model, image_model.get_rendition_model()]
    return [(model._meta.label_lower, model._meta.get_field("file").storage) for model in models]


def storages_in_use():
    """([(key, location Path)], [names of storages not on local disk])."""
    candidates = [
        (alias, storages[alias]) for alias in settings.STORAGES if alias not in EXCLUDED_STORAGES
    ]
    candidates += _file_field_storages()
    local, remote, seen = [], [], set()
    for key, storage in candidates:
        if isinstance(storage, FileSystemStorage):
            location = Path(storage.location).resolve()
            if location not in seen:
                seen.add(location)
                local.append((key, location))
        else:
            remote.append(f"{key} ({storage.__class__.__name__})")
    # A location inside another is archived with the outer one.
    outer = [
        (key, location)
        for key, location in local
        if not any(other != location and other in location.parents for _, other in local)
    ]
    return outer, sorted(set(remote))


def _is_ours(relative):
    first = relative.parts[0] if relative.parts else ""
    return first.startswith((STAGING_PREFIX, PREVIOUS_PREFIX))


def files_in(location):
    """(relative path, absolute path) of every file under `location`, in a stable order."""
    location = Path(location)
    if not location.is_dir():
        return []
    found = []
    for directory, dirnames, filenames in os.walk(location):
        dirnames.sort()
        for filename in sorted(filenames):
            path = Path(directory) / filename
            relative = path.relative_to(location)
            if not _is_ours(relative) and path.is_file():
                found.append((relative.as_posix(), path))
    return found


def stage(location, source, stamp):
    """Move the restored files from `source` into a hidden folder inside `location` (on the same
    disk, so the final swap is a rename)."""
    location = Path(location)
    location.mkdir(parents=True, exist_ok=True)
    staging = location / f"{STAGING_PREFIX}{stamp}"
    if Path(source).is_dir():
        shutil.copytree(source, staging)
    else:
        staging.mkdir()
    return staging


def swap(location, staging, stamp):
    """Replace what `location` holds with what `staging` holds: the old entries are moved aside,
    the new ones moved in, and the old ones removed only then."""
    location = Path(location)
    previous = location / f"{PREVIOUS_PREFIX}{stamp}"
    previous.mkdir()
    for entry in list(location.iterdir()):
        if not entry.name.startswith((STAGING_PREFIX, PREVIOUS_PREFIX)):
            entry.rename(previous / entry.name)
    for entry in list(staging.iterdir()):
        entry.rename(location / entry.name)
    staging.rmdir()
    shutil.rmtree(previous)


def discard(staging):
    shutil.rmtree(staging, ignore_errors=True)
