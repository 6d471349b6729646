import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from core.management.commands import ensure_admin


@pytest.fixture
def credentials_file(tmp_path, monkeypatch):
    path = tmp_path / ".admin-credentials"
    monkeypatch.setattr(ensure_admin, "CREDENTIALS_FILE", path)
    return path


def boxed_lines(output):
    """The lines inside the box the command prints, which must be all it prints."""
    lines = output.rstrip("\n").split("\n")
    assert lines[0] == lines[-1] and set(lines[0]) == {"+", "-"}
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[1:-1])
    assert len({len(line) for line in lines}) == 1
    return [line[1:-1].strip() for line in lines[1:-1]]


def test_creates_the_admin_once_and_prints_the_same_password(
    db, settings, credentials_file, capsys
):
    settings.DEBUG = True
    settings.ADMIN_PASSWORD = ""
    call_command("ensure_admin")
    first = boxed_lines(capsys.readouterr().out)
    password = credentials_file.read_text()
    assert f"Password: {password}" in first
    assert get_user_model().objects.get(username="admin").check_password(password)

    call_command("ensure_admin")
    assert boxed_lines(capsys.readouterr().out) == first
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_the_box_gives_the_site_and_admin_addresses_and_the_sign_in(
    db, settings, credentials_file, capsys
):
    settings.DEBUG = True
    settings.ADMIN_PASSWORD = ""
    settings.BASE_URL = "http://127.0.0.1:8080"
    call_command("ensure_admin")
    lines = boxed_lines(capsys.readouterr().out)
    assert lines[0] == "CCIN Hub: http://127.0.0.1:8080/"
    assert lines[1] == "Admin:    http://127.0.0.1:8080/admin/"
    assert "Username: admin" in lines
    assert any(".admin-credentials" in line and "ADMIN_PASSWORD" in line for line in lines)


def test_takes_the_password_from_the_environment(db, settings, credentials_file, capsys):
    settings.DEBUG = True
    settings.ADMIN_PASSWORD = "a-chosen-password-123"
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="admin").check_password("a-chosen-password-123")
    lines = boxed_lines(capsys.readouterr().out)
    assert "Password: a-chosen-password-123" in lines
    assert "(from ADMIN_PASSWORD)" in lines


def test_an_account_with_an_unknown_password_is_not_given_one(
    db, settings, credentials_file, capsys, django_user_model
):
    settings.DEBUG = True
    settings.ADMIN_PASSWORD = ""
    django_user_model.objects.create_superuser("admin", "admin@example.org", "set-elsewhere-42")
    call_command("ensure_admin")
    lines = boxed_lines(capsys.readouterr().out)
    assert "Password: the one the account was given" in lines
    assert django_user_model.objects.get(username="admin").check_password("set-elsewhere-42")


def test_refuses_to_run_in_production(db, settings, credentials_file):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="local development only"):
        call_command("ensure_admin")
    assert not get_user_model().objects.exists()
