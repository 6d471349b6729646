import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from core.management.commands import ensure_admin


@pytest.fixture
def credentials_file(tmp_path, monkeypatch):
    path = tmp_path / ".admin-credentials"
    monkeypatch.setattr(ensure_admin, "CREDENTIALS_FILE", path)
    return path


def test_creates_the_admin_once_and_prints_the_same_password(
    db, settings, credentials_file, capsys
):
    settings.DEBUG = True
    settings.ADMIN_PASSWORD = ""
    call_command("ensure_admin")
    first = capsys.readouterr().out
    password = credentials_file.read_text()
    assert f"password '{password}'" in first
    assert get_user_model().objects.get(username="admin").check_password(password)

    call_command("ensure_admin")
    assert f"password '{password}'" in capsys.readouterr().out
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_takes_the_password_from_the_environment(db, settings, credentials_file, capsys):
    settings.DEBUG = True
    settings.ADMIN_PASSWORD = "a-chosen-password-123"
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="admin").check_password("a-chosen-password-123")


def test_refuses_to_run_in_production(db, settings, credentials_file):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="local development only"):
        call_command("ensure_admin")
    assert not get_user_model().objects.exists()
