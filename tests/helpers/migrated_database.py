"""One database migrated per test run, copied wherever the run needs a migrated database.

Migrating from nothing applies some 270 migrations and takes about 35 s. A run of `make test`
needs a migrated database in each of its two xdist processes and in its process for committing
tests, and the gunicorn and backup modules deploy to databases of their own. The first process
to ask migrates one, in a child process under the test settings; the others wait for it and
copy it:

- on SQLite, a file, copied into each process's in-memory test database (or into the file the
  committing tests use) before Django sets the test database up, so that its `migrate` finds
  nothing to apply;
- on PostgreSQL, a database the test databases are created from (Django's TEST["TEMPLATE"]).

The processes of a run share it through the directory TEST_DATABASE_TEMPLATE_DIR names (`make
test` gives one to both of its pytest processes); without it, through the run's base temporary
directory, which xdist's processes share. A run migrates a new one, so it always has the
migrations of the code under test. On PostgreSQL it is the database `test_<name>_migrated`,
replaced by the next run, as the test databases themselves are when a run is cut short.
"""

import fcntl
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
# What the process that migrates must not inherit from the test run.
LEFT_OUT_ENV = ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "TEST_SQLITE_FILE", "REDIS_URL")


@dataclass(frozen=True)
class MigratedDatabase:
    """Where the run's migrated database is: `url` addresses it (DATABASE_URL's form); `name` is
    a PostgreSQL database's, `path` a SQLite file's."""

    url: str
    name: str = ""
    path: str = ""

    def admin_url(self):
        """The PostgreSQL server's maintenance database, from which databases are made."""
        return urlsplit(self.url)._replace(path="/postgres").geturl()

    def copy_to_postgres(self, name):
        """A new PostgreSQL database `name` beside it, a copy of it; returns its address."""
        import psycopg

        with psycopg.connect(self.admin_url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        return urlsplit(self.url)._replace(path=f"/{name}").geturl()

    def copy_into(self, connection):
        """Copy the SQLite file into an open `sqlite3` connection: an in-memory database, or a
        file, whose contents it replaces."""
        source = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        source.backup(connection)
        source.close()

    def copy_to_file(self, target):
        connection = sqlite3.connect(target)
        self.copy_into(connection)
        connection.close()


def configured_url():
    return os.environ.get("DATABASE_URL", "")


def on_postgres(url):
    return url.startswith(("postgres://", "postgresql://"))


def shared_directory(config, tmp_path_factory):
    named = os.environ.get("TEST_DATABASE_TEMPLATE_DIR")
    if named:
        return Path(named)
    base = tmp_path_factory.getbasetemp()
    # An xdist process's base temporary directory is one per process, inside the run's.
    return base.parent if hasattr(config, "workerinput") else base


def migrated_database(config, tmp_path_factory):
    """The run's migrated database, migrated here if no process of the run has done so yet."""
    return migrated_database_in(shared_directory(config, tmp_path_factory))


def migrated_database_in(directory):
    directory.mkdir(parents=True, exist_ok=True)
    made = directory / "migrated-database.json"
    with open(directory / "migrated-database.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if made.exists():
            return MigratedDatabase(**json.loads(made.read_text()))
        database = migrate(directory)
        made.write_text(json.dumps(asdict(database)))
        return database


def migrate(directory):
    url = configured_url()
    if on_postgres(url):
        database = postgres_database(url)
    else:
        path = directory / "migrated.sqlite3"
        database = MigratedDatabase(url=f"sqlite:///{path}", path=str(path))
    env = {key: value for key, value in os.environ.items() if key not in LEFT_OUT_ENV}
    env.update(DJANGO_SETTINGS_MODULE="hub.settings.test", DATABASE_URL=database.url)
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--run-syncdb", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"Migrating the test database failed:\n{result.stdout}{result.stderr}")
    return database


def postgres_database(url):
    import psycopg

    parts = urlsplit(url)
    name = f"test_{parts.path.lstrip('/')}_migrated"
    database = MigratedDatabase(url=parts._replace(path=f"/{name}").geturl(), name=name)
    with psycopg.connect(database.admin_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return database


if __name__ == "__main__":
    # `make test` starts this beside its pytest processes, so that the migrations run while they
    # collect the tests instead of after, with the other core waiting.
    migrated_database_in(Path(os.environ["TEST_DATABASE_TEMPLATE_DIR"]))
