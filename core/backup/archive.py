"""Making a backup archive and restoring from one.

The archive is a .tar.gz holding the database dump (database/), every file of the local file
storages (media/<storage>/<path>) and, last, manifest.json: the format version, when it was
made, the database engine, the migrations applied, and every file with its size and SHA-256.
A restore unpacks and checks everything in a temporary folder, copies the files next to where
they go, restores the database (all or nothing), and only then swaps the files into place.
"""

import tarfile
import tempfile
import zlib
from pathlib import Path

from django.utils import timezone

from . import database, manifest, media
from .manifest import BackupError
from .signals import site_restored

MEDIA_PREFIX = "media"


def default_output(now):
    return Path.cwd() / f"ccin-hub-backup-{now:%Y%m%d-%H%M%S}.tar.gz"


def create(output=None, database_only=False, log=print):
    """Write a backup archive; returns its path and manifest."""
    now = timezone.now()
    locations, remote = media.storages_in_use()
    if remote and not database_only:
        raise BackupError(
            "Files are kept in storage that is not on local disk: "
            f"{', '.join(remote)}. Back that up with the bucket's versioning and replication, "
            "and run this command with --database-only for the database."
        )
    output = Path(output) if output else default_output(now)
    if output.is_dir():
        output = output / default_output(now).name
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    try:
        contents = _write(partial, now, locations, database_only)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(output)
    log(
        f"Backed up the {contents['database']['engine']} database and "
        f"{len(contents['files']) - 1} file(s)."
    )
    return output, contents


def _write(path, now, locations, database_only):
    """The database dump, then every file, then the manifest; returns the manifest."""
    files = []
    storages = {}
    dump_name = database.DUMP_NAMES.get(database.engine())
    if dump_name is None:
        raise BackupError(f"Backing up a {database.engine()} database is not supported.")
    with (
        tempfile.TemporaryDirectory(prefix="ccin-backup-") as work,
        tarfile.open(path, "w:gz") as archive,
    ):
        dump_path = Path(work) / Path(dump_name).name
        database.dump(dump_path)
        files.append(manifest.file_entry(dump_name, dump_path))
        archive.add(dump_path, arcname=dump_name)
        if not database_only:
            for key, location in locations:
                stored = media.files_in(location)
                storages[key] = {"location": str(location), "files": len(stored)}
                for relative, file_path in stored:
                    name = f"{MEDIA_PREFIX}/{key}/{relative}"
                    files.append(manifest.file_entry(name, file_path))
                    archive.add(file_path, arcname=name, recursive=False)
        contents = manifest.build(
            created_at=now.isoformat(),
            engine=database.engine(),
            migrations=database.applied_migrations(),
            database_file=dump_name,
            media={"included": not database_only, "storages": storages},
            files=files,
        )
        manifest_path = Path(work) / manifest.MANIFEST_NAME
        manifest.write(contents, manifest_path)
        archive.add(manifest_path, arcname=manifest.MANIFEST_NAME)
    return contents


def _unpack(path, into):
    try:
        with tarfile.open(path, "r:gz") as archive:
            archive.extractall(into, filter="data")
    except FileNotFoundError:
        raise BackupError(f"There is no file at {path}.") from None
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(
            f"{path} cannot be read as a complete backup: it is damaged or truncated ({error})."
        ) from None


def _check_compatible(contents, database_only, locations, remote):
    archived_engine = contents["database"]["engine"]
    if archived_engine != database.engine():
        raise BackupError(
            f"The backup holds a {archived_engine} database, but this site uses "
            f"{database.engine()}. Restore it into a site with the same database engine."
        )
    unknown = {
        (app, name) for app, names in contents["migrations"].items() for name in names
    } - database.known_migrations()
    if unknown:
        app, name = sorted(unknown)[0]
        raise BackupError(
            f"The backup was made by a newer version of the hub (migration {app}.{name} is "
            "unknown here). Restore it with the version that made it."
        )
    if not contents["media"]["included"] or database_only:
        return {}
    if remote:
        raise BackupError(
            f"This site keeps files in storage that is not on local disk ({', '.join(remote)}); "
            "restore the database only, with --database-only."
        )
    targets = dict(locations)
    missing = sorted(set(contents["media"]["storages"]) - set(targets))
    if missing:
        raise BackupError(
            f"The backup holds files of the storage {missing[0]!r}, which this site does not "
            "have. Restore with the storage settings the backup was made with."
        )
    return {key: targets[key] for key in contents["media"]["storages"]}


def restore(path, yes=False, database_only=False, log=print):
    """Replace the site's database and files with the archive's; returns its manifest."""
    locations, remote = media.storages_in_use()
    with tempfile.TemporaryDirectory(prefix="ccin-restore-") as work:
        _unpack(path, work)
        contents = manifest.read(work)
        manifest.verify(contents, work)
        targets = _check_compatible(contents, database_only, locations, remote)
        if not yes:
            held = database.content_counts()
            held.update(
                {f"files in {key}": len(media.files_in(loc)) for key, loc in targets.items()}
            )
            held = {label: count for label, count in held.items() if count}
            if held:
                summary = ", ".join(f"{count} {label}" for label, count in held.items())
                raise BackupError(
                    f"This site is not empty ({summary}). A restore replaces all of it; "
                    "run again with --yes to go ahead."
                )
        stamp = timezone.now().strftime("%Y%m%d%H%M%S%f")
        staged = {}
        try:
            for key, location in targets.items():
                staged[key] = media.stage(location, Path(work) / MEDIA_PREFIX / key, stamp)
            database.restore(Path(work) / contents["database"]["file"])
        except BaseException:
            for staging in staged.values():
                media.discard(staging)
            raise
        for key, location in targets.items():
            media.swap(location, staged[key], stamp)
    site_restored.send(sender=restore, manifest=contents)
    restored_files = sum(contents["media"]["storages"][key]["files"] for key in targets)
    log(
        f"Restored the {contents['database']['engine']} database and {restored_files} file(s) "
        f"from the backup made at {contents['created_at']}."
    )
    archived = {(app, name) for app, names in contents["migrations"].items() for name in names}
    if database.known_migrations() - archived:
        log("The backup predates some of this version's migrations: run `manage.py migrate`.")
    return contents
