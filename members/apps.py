from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"

    def ready(self):
        from core.page_cache.invalidation import watch

        from .models import PartnerOrganisation

        # Partner organisations are named on the stories and labs they worked on.
        watch(PartnerOrganisation)
