from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # this module also holds the users app's configuration below
    name = "accounts"
    verbose_name = "Accounts, roles and sign-in"


class HubUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the hub's account and group views (accounts/users.py and
    accounts/groups.py), both held to accounts/rules.py."""

    user_viewset = "accounts.users.HubUserViewSet"
    group_viewset = "accounts.groups.HubGroupViewSet"
