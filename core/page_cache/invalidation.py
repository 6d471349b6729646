"""What renews the content generation: every change to something the public site shows.

Pages through Wagtail's own signals (published, unpublished, moved, deleted) and any other save
of a live page (the shell, an importer); the taxonomy, the site chrome setting, images,
documents, collections and view restrictions, sites and redirects here; feature apps add their
own records with `watch(Model)` and their own events with `changed`. Saving a draft, an
autosave, a lock or a workflow step changes nothing visitors see, so it renews nothing.
"""

from django.apps import apps
from django.db.models import ManyToManyField
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
    get_page_models,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.backup.signals import site_restored
from core.models import Principle, Region, Theme

from . import generation

# What a draft, an autosave, a comment, a lock or a workflow step writes to the page row.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def changed(sender=None, **kwargs):
    """A signal receiver for any change that renews the generation."""
    if not kwargs.get("raw", False):
        generation.changed()


def _setting_saved(sender, created=False, raw=False, **kwargs):
    # A settings row is made empty by the first page that reads it (`for_site`); only a save
    # of what comms entered changes what the site shows.
    if not (raw or created):
        generation.changed()


# What Wagtail records about a file the first time it is read, which changes nothing shown.
FILE_FACTS = frozenset({"file_size", "file_hash"})


def _file_saved(sender, update_fields=None, raw=False, **kwargs):
    if not raw and not (update_fields and set(update_fields) <= FILE_FACTS):
        generation.changed()


def watch(*models):
    """Renew the generation whenever a row of these models is saved or deleted."""
    for model in models:
        label = model._meta.label
        post_save.connect(changed, sender=model, dispatch_uid=f"pagecache_saved_{label}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"pagecache_deleted_{label}")


def _page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= DRAFT_FIELDS):
        return
    if instance.live:
        generation.changed()


def _page_relations_changed(sender, instance, action, reverse, **kwargs):
    # A page's themes, principles and partners are written after its post_save.
    if action in ("post_add", "post_remove", "post_clear") and (reverse or instance.live):
        generation.changed()


def _site_restored(sender, **kwargs):
    # The restored database may hold the old token (the database cache is in it) and pages
    # cached under it: nothing from before the restore may be served.
    generation.renew()


def connect():
    page_published.connect(changed, dispatch_uid="pagecache_page_published")
    page_unpublished.connect(changed, dispatch_uid="pagecache_page_unpublished")
    post_page_move.connect(changed, dispatch_uid="pagecache_page_moved")
    post_delete.connect(changed, sender=Page, dispatch_uid="pagecache_page_deleted")
    for model in get_page_models():
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"pagecache_page_{model}")
        for field in model._meta.get_fields():
            if isinstance(field, ManyToManyField) and field.model is model:
                m2m_changed.connect(
                    _page_relations_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"pagecache_relations_{model}_{field.name}",
                )
    settings_models = [
        model
        for model in apps.get_models()
        if issubclass(model, (BaseSiteSetting, BaseGenericSetting))
    ]
    for model in settings_models:
        label = model._meta.label
        post_save.connect(_setting_saved, sender=model, dispatch_uid=f"pagecache_saved_{label}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"pagecache_deleted_{label}")
    for model in (get_image_model(), get_document_model()):
        label = model._meta.label
        post_save.connect(_file_saved, sender=model, dispatch_uid=f"pagecache_saved_{label}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"pagecache_deleted_{label}")
    watch(
        Theme,
        Principle,
        Region,
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
        Redirect,
    )
    site_restored.connect(_site_restored, dispatch_uid="pagecache_site_restored")
