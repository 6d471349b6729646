"""Where the demo content's data files are, and reading them."""

import json
from pathlib import Path

from django.core.management.base import CommandError

from core.importing import read_json_records

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"


def records(name, folder=None):
    """The numbered records of one of the content's JSON arrays."""
    return read_json_records((folder or CONTENT_DIR) / name)


def exists(name, folder=None):
    return ((folder or CONTENT_DIR) / name).exists()


def document(name, folder=None):
    """One of the content's JSON objects (site.json)."""
    path = (folder or CONTENT_DIR) / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from error


def text(relative_path, folder=None):
    path = (folder or CONTENT_DIR) / relative_path
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
