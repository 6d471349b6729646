from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor.policy import remove_two_factor


class Command(BaseCommand):
    help = (
        "Remove a person's authenticator app and backup codes, for someone who has lost both. "
        "If their role needs two-factor authentication they set it up again at their next "
        "admin sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model()._default_manager.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"There is no account with the username {username!r}.") from None
        remove_two_factor(user)
        self.stdout.write(self.style.SUCCESS(f"Two-factor authentication removed for {username}."))
