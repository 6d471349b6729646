from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import checks, privacy

        checks.register_checks()
        privacy.connect_signals()
