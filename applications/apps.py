from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "applications"
    verbose_name = "Funding applications"

    def ready(self):
        from core.page_cache.invalidation import watch

        from .models import FundingRound

        # The funding rounds are listed on the public apply page.
        watch(FundingRound)
