from django.apps import AppConfig


class LabsConfig(AppConfig):
    name = "labs"
    verbose_name = "Policy labs"

    def ready(self):
        from . import signals  # noqa: F401
