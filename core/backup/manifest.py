"""What a backup archive holds, and the checks that it holds exactly that."""

import hashlib
import json
from pathlib import Path

FORMAT = "ccin-hub-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_entry(name, path):
    path = Path(path)
    return {"path": name, "size": path.stat().st_size, "sha256": sha256_of(path)}


def build(*, created_at, engine, migrations, database_file, media, files):
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at,
        "database": {"engine": engine, "file": database_file},
        "migrations": migrations,
        "media": media,
        "files": files,
    }


def write(manifest, path):
    Path(path).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")


def read(directory):
    """The manifest of an unpacked archive, checked for format and version."""
    path = Path(directory) / MANIFEST_NAME
    if not path.is_file():
        raise BackupError(
            "The archive has no manifest: it is incomplete or not a backup made by the hub."
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"The archive's manifest is damaged ({error}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("The archive is not a backup made by the hub.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"The archive is in backup format {manifest.get('format_version')!r}; this version "
            f"of the hub reads format {FORMAT_VERSION}."
        )
    required = ("created_at", "database", "migrations", "media", "files")
    if any(key not in manifest for key in required):
        raise BackupError("The archive's manifest is incomplete.")
    return manifest


def verify(manifest, directory):
    """Every file the manifest lists is present with its size and checksum, and nothing else."""
    directory = Path(directory)
    listed = {entry["path"]: entry for entry in manifest["files"]}
    present = {
        path.relative_to(directory).as_posix()
        for path in directory.rglob("*")
        if path.is_file() and path.name != MANIFEST_NAME
    }
    if manifest["database"]["file"] not in listed:
        raise BackupError("The archive's manifest does not list its database file.")
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    if missing:
        raise BackupError(
            f"The archive is incomplete: {len(missing)} listed file(s) are missing, "
            f"for example {missing[0]}."
        )
    if extra:
        raise BackupError(f"The archive holds files its manifest does not list, e.g. {extra[0]}.")
    for name, entry in listed.items():
        path = directory / name
        if path.stat().st_size != entry["size"] or sha256_of(path) != entry["sha256"]:
            raise BackupError(
                f"{name} in the archive does not match its checksum: the archive is damaged."
            )
