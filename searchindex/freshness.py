"""Keeping the index fresh wherever content changes: the admin, the shell, importers, scheduled
publishing, the task worker. Each change is indexed in the same transaction as the change,
from the database, so the index commits (or rolls back) with it and the next search in every
worker finds it. Saving a draft or an autosave changes nothing here: only what visitors could
see is indexed.

Privacy is not indexed: who may see an entry is decided when searching (`core.privacy`), so a
new view restriction or a private collection applies to the very next search.
"""

from django.db.models import ManyToManyField
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import batching, indexing, version

# What a draft, an autosave, a lock or a workflow step writes to the page row.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "live_revision",
    }
)


def _page_published(sender, instance, **kwargs):
    batching.index_pages([instance.pk])
    # Stories and labs are found by the names of their members: a renamed member renames them.
    batching.reindex_holders("member", instance.pk)


def _page_gone(sender, instance, **kwargs):  # unpublished or deleted
    batching.index_pages([instance.pk])


def _page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= DRAFT_FIELDS):
        return
    if instance.live:
        # Live content changed outside publishing (the shell, an importer's `save()`).
        _page_published(sender, instance)


def _page_relations_changed(sender, instance, action, reverse, pk_set, **kwargs):
    # A page's save() writes its themes, principles and partners after post_save is sent
    # (modelcluster commits them then), so their change is indexed when it lands.
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        if instance.live:
            batching.index_pages([instance.pk])
    elif pk_set:  # a theme or member given pages from its side
        batching.index_pages(pk_set)


def _page_moved(sender, instance, **kwargs):
    subtree = Page.objects.descendant_of(instance, inclusive=True)
    batching.index_pages(list(subtree.values_list("pk", flat=True)))


def _document_changed(sender, instance=None, raw=False, document_id=None, **kwargs):
    # Saved, deleted, or its extracted text stored (documents.events, without a save).
    if not raw:
        batching.index_documents([document_id or instance.pk])


def _taxonomy_saved(facet):
    def saved(sender, instance, raw=False, **kwargs):
        if not raw:
            batching.reindex_holders(facet, instance.pk)

    return saved


def _partner_organisation_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        pages = [*instance.casestudies.all(), *instance.labs.all()]
        batching.index_pages([page.pk for page in pages])


def _site_restored(sender, **kwargs):
    # The index table came back with the content it describes; what the shared cache worked
    # out from the old rows did not.
    version.bump()


def connect():
    from core.backup.signals import site_restored
    from core.models import Principle, Region, Theme
    from documents.events import document_text_changed
    from members.models import PartnerOrganisation

    page_published.connect(_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_gone, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
    for model in indexing.page_models():
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"search_saved_{model}")
        post_delete.connect(_page_gone, sender=model, dispatch_uid=f"search_deleted_{model}")
        for field in model._meta.get_fields():
            if isinstance(field, ManyToManyField):
                m2m_changed.connect(
                    _page_relations_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"search_relations_{model}_{field.name}",
                )
    document = get_document_model()
    post_save.connect(_document_changed, sender=document, dispatch_uid="search_document_saved")
    post_delete.connect(_document_changed, sender=document, dispatch_uid="search_doc_deleted")
    document_text_changed.connect(_document_changed, dispatch_uid="search_document_text")
    for model, facet in ((Theme, "theme"), (Principle, "principle"), (Region, "region")):
        # Strongly held: nothing else keeps these handlers alive.
        post_save.connect(
            _taxonomy_saved(facet), sender=model, weak=False, dispatch_uid=f"search_{facet}"
        )
    post_save.connect(
        _partner_organisation_saved, sender=PartnerOrganisation, dispatch_uid="search_partner"
    )
    site_restored.connect(_site_restored, dispatch_uid="search_site_restored")
