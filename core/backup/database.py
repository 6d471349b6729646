"""Dump and restore the database: SQLite through its online backup API, PostgreSQL through
pg_dump and pg_restore. Connection details come from settings.DATABASES; a password reaches the
PostgreSQL tools through their environment, never their command line."""

import glob
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader

from .manifest import BackupError

DUMP_NAMES = {"sqlite": "database/db.sqlite3", "postgresql": "database/db.pgdump"}


def engine(alias="default"):
    return connections[alias].vendor


def applied_migrations(alias="default"):
    """{app: [migration names]} as recorded in the database."""
    applied = {}
    for app, name in sorted(MigrationLoader(connections[alias]).applied_migrations):
        applied.setdefault(app, []).append(name)
    return applied


def known_migrations():
    return set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


def dump(target, alias="default"):
    """Write the database to `target` (a file path)."""
    vendor = engine(alias)
    if vendor == "sqlite":
        _sqlite_dump(connections[alias].settings_dict, target)
    elif vendor == "postgresql":
        _postgres_dump(connections[alias].settings_dict, target)
    else:
        raise BackupError(f"Backing up a {vendor} database is not supported.")


def restore(source, alias="default"):
    """Replace the database's contents with the dump at `source`; all or nothing."""
    vendor = engine(alias)
    settings_dict = connections[alias].settings_dict
    connections.close_all()
    if vendor == "sqlite":
        _sqlite_restore(settings_dict, source)
    elif vendor == "postgresql":
        _postgres_restore(settings_dict, source)
    else:
        raise BackupError(f"Restoring a {vendor} database is not supported.")


# SQLite ------------------------------------------------------------------------------------------


def _sqlite_path(settings_dict):
    name = str(settings_dict["NAME"])
    if not name or name == ":memory:" or "mode=memory" in name:
        raise BackupError("The database is held in memory; there is no database file to back up.")
    return name


def _sqlite_dump(settings_dict, target):
    # A fresh connection to the file and SQLite's online backup API: a consistent copy even while
    # other processes write, which a file copy of a WAL database is not.
    source = sqlite3.connect(_sqlite_path(settings_dict), timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # The copy stands alone: no write-ahead log beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
        source.close()


def _sqlite_restore(settings_dict, source):
    # The backup API again, from the archived copy into the live file: it writes the whole
    # database in one transaction, so a failure leaves the old contents in place.
    archived = sqlite3.connect(f"file:{Path(source).as_posix()}?mode=ro", uri=True)
    live = sqlite3.connect(_sqlite_path(settings_dict), timeout=30)
    try:
        archived.backup(live)
    except sqlite3.Error as error:
        raise BackupError(f"SQLite could not restore the database: {error}") from None
    finally:
        live.close()
        archived.close()


# PostgreSQL --------------------------------------------------------------------------------------


def postgres_tool(name):
    """The newest installed pg_dump/pg_restore (they must not be older than the server)."""

    def version(path):
        match = re.search(r"/postgresql/(\d+)/", path)
        return int(match.group(1)) if match else 0

    installed = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=version)
    path = installed[-1] if installed else shutil.which(name)
    if not path:
        raise BackupError(
            f"{name} was not found. Install the PostgreSQL client tools "
            "(Debian: apt-get install postgresql-client)."
        )
    return path


def _postgres_env(settings_dict):
    env = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    options = settings_dict.get("OPTIONS") or {}
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        values[variable] = options.get(option)
    for variable, value in values.items():
        if value not in (None, ""):
            env[variable] = str(value)
        else:
            env.pop(variable, None)
    return env


def _run(command, settings_dict, what):
    result = subprocess.run(
        command, env=_postgres_env(settings_dict), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {result.stderr.strip() or result.stdout.strip()}")


def _postgres_dump(settings_dict, target):
    command = [postgres_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target)]
    _run(command, settings_dict, "pg_dump")


def _postgres_restore(settings_dict, source):
    command = [
        postgres_tool("pg_restore"),
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        "--dbname",
        settings_dict["NAME"],
        str(source),
    ]
    _run(command, settings_dict, "pg_restore")


# What the site holds -----------------------------------------------------------------------------


def content_counts():
    """How much the current site holds that a restore would replace (nothing if unmigrated)."""
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    counts = {}
    try:
        for label, model in (
            ("user accounts", get_user_model()),
            ("page revisions", Revision),
            ("documents", get_document_model()),
            ("images", get_image_model()),
        ):
            counts[label] = model.objects.count()
    except DatabaseError:
        return {}
    return {label: count for label, count in counts.items() if count}
