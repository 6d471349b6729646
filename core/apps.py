from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import checks, privacy

        checks.register_checks()
        privacy.connect_signals()

        from .site_address import update_default_site

        post_migrate.connect(update_default_site, sender=self, dispatch_uid="core_site_address")
