"""The benchmarks' PostgreSQL databases: made when missing, dropped for a rebuild."""

from urllib.parse import urlsplit, urlunsplit


def _server_and_name(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/"), parts


def postgres_ready(url):
    """(True, "") when the server answers and the benchmark database exists or was created."""
    try:
        import psycopg
    except ImportError:
        return False, "psycopg is not installed (pip install the production extra)"
    server, name, parts = _server_and_name(url)
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        return False, f"no PostgreSQL server at {parts.hostname}:{parts.port or 5432} ({error})"
    return True, ""


def drop_postgres(url):
    import psycopg

    server, name, _parts = _server_and_name(url)
    with psycopg.connect(server, autocommit=True, connect_timeout=3) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
