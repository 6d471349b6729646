import json
from io import StringIO

import pytest
from django.core.management import call_command

from core.importing import RecordsSkipped
from tests import factories


@pytest.fixture
def run_command(tmp_path):
    """Write `content` to a file and run an import command on it; returns (stdout, stderr).
    When records were skipped the command fails (status 1); its message ends stderr."""

    def run(command, content, suffix=".json", *args, encoding="utf-8"):
        path = tmp_path / f"import{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding=encoding)
        else:
            path.write_text(json.dumps(content), encoding=encoding)
        stdout, stderr = StringIO(), StringIO()
        try:
            call_command(command, str(path), *args, stdout=stdout, stderr=stderr)
        except RecordsSkipped as error:
            stderr.write(f"CommandError: {error}\n")
        return stdout.getvalue(), stderr.getvalue()

    return run


@pytest.fixture
def housing(db):
    return factories.ThemeFactory(name="Housing", slug="housing")


@pytest.fixture
def rochdale(member_index):
    return factories.MemberPageFactory(parent=member_index, title="Rochdale Borough Council")
