"""No app of the hub takes the name of an installed package: a local `events/` once hid the
PyPI package `events` that opensearch-py imports, breaking the OpenSearch engine."""

from importlib.metadata import packages_distributions

from django.apps import apps
from django.conf import settings


def test_no_hub_app_shadows_an_installed_package():
    installed = packages_distributions()
    hub_apps = [
        config.name
        for config in apps.get_app_configs()
        if (settings.BASE_DIR / config.name.split(".")[0]).is_dir()
    ]
    assert hub_apps
    assert [name for name in hub_apps if name.split(".")[0] in installed] == []
