"""Creates the local administrator account for `make run` and prints how to sign in.

The password comes from ADMIN_PASSWORD, or is generated once and kept in `.admin-credentials`
(ignored by git) so later runs can print it again. It refuses to run with DEBUG off: production
administrators are created deliberately with `createsuperuser`.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Create the local admin account (development only) and print its credentials."

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
        if password and user_password_matches(username, password):
            self.stdout.write(f"Admin sign-in: username '{username}', password '{password}'")
        else:
            self.stdout.write(
                f"Admin account '{username}' exists and keeps the password it was given."
            )

    def remembered_password(self):
        return CREDENTIALS_FILE.read_text().strip() if CREDENTIALS_FILE.exists() else ""


def user_password_matches(username, password):
    user = get_user_model().objects.get(username=username)
    return user.check_password(password)
