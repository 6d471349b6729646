from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "hubevents"
    verbose_name = "Events"
