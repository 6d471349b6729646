from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_cache_table(sender, using="default", verbosity=1, **kwargs):
    """The database cache's table, made (when it is missing) by every `migrate`."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import checks, privacy, renditions
        from .page_cache import cdn, generation, invalidation

        checks.register_checks()
        privacy.connect_signals()
        invalidation.connect()
        generation.connect()
        cdn.connect()
        renditions.connect()

        from .site_address import update_default_site

        # The table first: saving the site renews the content generation kept in the cache.
        post_migrate.connect(create_cache_table, sender=self, dispatch_uid="core_cache_table")
        post_migrate.connect(update_default_site, sender=self, dispatch_uid="core_site_address")
