"""`manage.py backup` and `restore`, end to end in subprocesses against a real database.

pytest-django's SQLite test database lives in memory, so the round trip runs the commands in
child processes on a database file of their own (and, when the suite runs on PostgreSQL, on a
scratch PostgreSQL database made for the test and dropped after it). The SQLite file's tests
run with the suite on SQLite only: they never touch the suite's database, so with the suite on
PostgreSQL they would repeat the same work exactly.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from core import renditions
from core.backup.database import postgres_tool
from core.backup.manifest import BackupError

REPO = Path(__file__).resolve().parents[2]
ARCHIVE = "site.tar.gz"
LEFT_OUT_ENV = ("REDIS_URL", "SEARCH_URL", "TASKS_BACKEND", "AWS_STORAGE_BUCKET_NAME")

pytestmark = pytest.mark.heavy


def site_env(directory, database_url=None):
    env = {key: value for key, value in os.environ.items() if key not in LEFT_OUT_ENV}
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.dev",
        DATABASE_URL=database_url or f"sqlite:///{directory / 'db.sqlite3'}",
        MEDIA_ROOT=str(directory / "files" / "media"),
        DOCUMENTS_ROOT=str(directory / "files" / "documents"),
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env, *args, ok=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if ok:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def helper(env, call):
    manage(env, "shell", "-c", f"from tests.core import backup_site; backup_site.{call}")


def build_site(env, directory):
    """Deploy (to a copy of the run's migrated database), populate, snapshot and back up;
    returns the snapshot."""
    manage(env, "migrate", "--no-input", "-v", "0")
    helper(env, f"populate(); backup_site.snapshot({str(directory / 'before.json')!r})")
    output = manage(env, "backup", "--output", str(directory / ARCHIVE)).stdout
    assert "Backup written to" in output
    return json.loads((directory / "before.json").read_text())


def assert_populated(snapshot):
    tables = snapshot["tables"]
    pages = {row["title"]: row for row in tables["wagtailcore.Page"]}
    assert pages["Energy co-op"]["has_unpublished_changes"] is True
    assert pages["Unpublished story"]["live"] is False
    assert len(tables["wagtailcore.Revision"]) >= 4
    assert len(tables["documents.HubDocument"]) == 3
    assert tables["wagtailcore.CollectionViewRestriction"]
    # Two made by hand, and those the story's listing image is shown in, made on publishing.
    made_on_publishing = len(renditions.FIELD_SPECS["listing_image"])
    assert len(tables["wagtailimages.Rendition"]) == 2 + made_on_publishing
    assert len(tables["applications.Application"]) == 2
    assert len(tables["applications.ApplicationStatusChange"]) == 3
    assert {"comms", "member", "root"} <= {row["username"] for row in tables["auth.User"]}
    assert any(path.startswith("documents/documents/") for path in snapshot["media"])
    assert any(path.startswith("default/images/") for path in snapshot["media"])


def round_trip(env, directory, before):
    """Alter the site, restore the backup, and find everything as it was."""
    assert_populated(before)
    helper(env, f"alter(); backup_site.snapshot({str(directory / 'altered.json')!r})")
    altered = json.loads((directory / "altered.json").read_text())
    for table in ("wagtailcore.Page", "wagtailcore.Revision", "documents.HubDocument"):
        assert altered["tables"][table] != before["tables"][table]
    assert altered["media"] != before["media"]

    refused = manage(env, "restore", str(directory / ARCHIVE), ok=False)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr and "--yes" in refused.stderr

    restored = manage(env, "restore", str(directory / ARCHIVE), "--yes")
    assert "Restore complete" in restored.stdout
    helper(env, f"snapshot({str(directory / 'after.json')!r})")
    after = json.loads((directory / "after.json").read_text())
    for table, rows in before["tables"].items():
        assert after["tables"][table] == rows, table
    assert after["media"] == before["media"]
    leftovers = [p.name for p in (directory / "files").glob("*/*") if p.name.startswith(".")]
    assert leftovers == []


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory, migrated_database):
    """A migrated, populated site on a SQLite file, its snapshot and its backup (built once)."""
    if connection.vendor != "sqlite":
        pytest.skip("The SQLite file's round trip runs with the suite on SQLite.")
    directory = tmp_path_factory.mktemp("backup-site")
    migrated_database.copy_to_file(directory / "db.sqlite3")
    before = build_site(site_env(directory), directory)
    return directory, before


def clone(template, directory):
    source = sqlite3.connect(template / "db.sqlite3")
    target = sqlite3.connect(directory / "db.sqlite3")
    source.backup(target)
    target.close()
    source.close()
    shutil.copytree(template / "files", directory / "files")
    shutil.copy(template / ARCHIVE, directory / ARCHIVE)


def fingerprint(directory):
    """The database's full contents and every media file's checksum."""
    connection = sqlite3.connect(directory / "db.sqlite3")
    dump = hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    connection.close()
    media = {
        path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((directory / "files").rglob("*"))
        if path.is_file()
    }
    return dump, media


def test_sqlite_round_trip(sqlite_site, tmp_path):
    template, before = sqlite_site
    clone(template, tmp_path)
    round_trip(site_env(tmp_path), tmp_path, before)


def test_archive_lists_every_file_with_its_checksum(sqlite_site, tmp_path):
    template, before = sqlite_site
    with tarfile.open(template / ARCHIVE) as archive:
        names = archive.getnames()
        manifest = json.load(archive.extractfile("manifest.json"))
        members = {
            member.name: hashlib.sha256(archive.extractfile(member).read()).hexdigest()
            for member in archive.getmembers()
            if member.name != "manifest.json"
        }
    assert names[-1] == "manifest.json"
    assert manifest["format_version"] == 1
    assert manifest["database"]["engine"] == "sqlite"
    assert "0001_initial" in manifest["migrations"]["applications"]
    assert manifest["created_at"]
    assert {entry["path"]: entry["sha256"] for entry in manifest["files"]} == members
    assert {f"media/{path}" for path in before["media"]} == set(members) - {
        manifest["database"]["file"]
    }
    # A standalone SQLite file, not a write-ahead log's companion.
    with tarfile.open(template / ARCHIVE) as archive:
        (tmp_path / "copy.sqlite3").write_bytes(archive.extractfile("database/db.sqlite3").read())
    connection = sqlite3.connect(tmp_path / "copy.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def repack(source, target, change):
    """Copy the archive, letting `change(name, data)` alter each member (None leaves it out)."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = change(member.name, old.extractfile(member).read())
            if data is not None:
                member.size = len(data)
                new.addfile(member, io.BytesIO(data))


def truncate(source, target):
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def tamper_file(source, target):
    def change(name, data):
        return data + b"!" if name.startswith("media/documents/documents/") else data

    repack(source, target, change)


def drop_manifest(source, target):
    repack(source, target, lambda name, data: None if name == "manifest.json" else data)


def other_engine(source, target):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["database"]["engine"] = "mysql"
        return json.dumps(manifest).encode()

    repack(source, target, change)


def unknown_migration(source, target):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["migrations"]["applications"].append("9999_from_the_future")
        # As if made on this test run's engine, so that only the migration is wrong.
        manifest["database"]["engine"] = connection.vendor
        return json.dumps(manifest).encode()

    repack(source, target, change)


def test_truncated_archive_is_refused_and_changes_nothing(sqlite_site, tmp_path):
    template, _ = sqlite_site
    clone(template, tmp_path)
    truncate(template / ARCHIVE, tmp_path / "bad.tar.gz")
    before = fingerprint(tmp_path)

    result = manage(site_env(tmp_path), "restore", str(tmp_path / "bad.tar.gz"), "--yes", ok=False)

    assert result.returncode != 0
    assert "damaged or truncated" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert fingerprint(tmp_path) == before


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (tamper_file, "does not match its checksum"),
        (drop_manifest, "no manifest"),
        (other_engine, "holds a mysql database, but this site uses"),
        (unknown_migration, "newer version of the hub"),
    ],
)
def test_bad_archive_is_refused_before_anything_changes(sqlite_site, tmp_path, spoil, message):
    # Checked before the site is looked at, so this runs in the test process itself.
    template, _ = sqlite_site
    spoil(template / ARCHIVE, tmp_path / "bad.tar.gz")
    with pytest.raises(CommandError, match=message) as raised:
        call_command("restore", str(tmp_path / "bad.tar.gz"), yes=True)
    assert "Nothing was changed" in str(raised.value)


def test_files_off_local_disk_are_refused_unless_database_only(tmp_path):
    # The test settings keep files in memory, as a bucket would be: not on this disk.
    with pytest.raises(CommandError, match="--database-only"):
        call_command("backup", output=str(tmp_path / "b.tar.gz"))
    assert not list(tmp_path.iterdir())


@pytest.fixture
def postgres_site(tmp_path, migrated_database):
    """A scratch PostgreSQL database next to the suite's own (a copy of the run's migrated
    database), dropped after the test."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("The PostgreSQL round trip runs when DATABASE_URL names PostgreSQL (as in CI).")
    try:
        postgres_tool("pg_dump")
        postgres_tool("pg_restore")
    except BackupError as error:
        pytest.skip(str(error))
    import psycopg

    name = f"ccin_backup_rt_{uuid.uuid4().hex[:12]}"
    copy = migrated_database.copy_to_postgres(name)
    try:
        yield site_env(tmp_path, copy)
    finally:
        with psycopg.connect(migrated_database.admin_url(), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_postgres_round_trip(postgres_site, tmp_path):
    before = build_site(postgres_site, tmp_path)
    with tarfile.open(tmp_path / ARCHIVE) as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
    assert manifest["database"]["engine"] == "postgresql"
    round_trip(postgres_site, tmp_path, before)
