"""Creates the local administrator account for `make run` and prints, in a box set apart from
everything before it, where the hub is served and how to sign in to its admin.

The password comes from ADMIN_PASSWORD, or is generated once and kept in `.admin-credentials`
(ignored by git) so later runs can print it again. It refuses to run with DEBUG off: production
administrators are created deliberately with `createsuperuser`.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.console import framed
from core.structured_data import SITE_NAME

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = (
        "Create the local admin account (development only) and print the site's address, the "
        "admin's address and how to sign in."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_admin is for local development only. Use `manage.py createsuperuser`."
            )
        username = settings.ADMIN_USERNAME
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        password = settings.ADMIN_PASSWORD or self.remembered_password()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(username, settings.ADMIN_EMAIL, password)
            CREDENTIALS_FILE.write_text(password)
        elif settings.ADMIN_PASSWORD and not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        known = bool(password) and user_password_matches(username, password)
        self.stdout.write(framed(sign_in_notice(username, password if known else None)))

    def remembered_password(self):
        return CREDENTIALS_FILE.read_text().strip() if CREDENTIALS_FILE.exists() else ""


def sign_in_notice(username, password):
    """The lines of the notice: addresses, then the username and the password with where it
    comes from (None when the account keeps a password this command does not know)."""
    site = settings.BASE_URL.rstrip("/") + "/"
    if password is None:
        password_lines = [
            "Password: the one the account was given",
            "          (set ADMIN_PASSWORD to change it)",
        ]
    elif settings.ADMIN_PASSWORD:
        password_lines = [f"Password: {password}", "          (from ADMIN_PASSWORD)"]
    else:
        password_lines = [
            f"Password: {password}",
            f"          (kept in {CREDENTIALS_FILE.name}; set ADMIN_PASSWORD to choose another)",
        ]
    return [
        f"{SITE_NAME}: {site}",
        f"Admin:    {site}admin/",
        "",
        f"Username: {username}",
        *password_lines,
    ]


def user_password_matches(username, password):
    user = get_user_model().objects.get(username=username)
    return user.check_password(password)
