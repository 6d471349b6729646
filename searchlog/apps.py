from django.apps import AppConfig


class SearchLogConfig(AppConfig):
    name = "searchlog"
    verbose_name = "Search log"
