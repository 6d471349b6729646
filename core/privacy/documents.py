"""Which documents a person may see.

A document is *published* when a live page uses it: Wagtail's reference index records what each
page's stored (live) content refers to, while a draft revision waiting for approval lives only in
its revision and is not recorded, so a report attached to a draft stays unpublished until the page
is published. A person sees a document through the pages they may see: one used only by
members-only pages is for members only. An unpublished document (never used, or used only by
drafts) is seen only by people who may change it in the admin (comms, the leads of the lab whose
collection holds it, superusers). Collection privacy applies on top, for published documents too.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import CharField, Exists, F, IntegerField, OuterRef
from django.db.models.functions import Cast
from django.db.models.lookups import StartsWith
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.signals import page_published

from .pages import annotate_locked, hidden_page_paths, hidden_pages_q
from .restrictions import failed_collection_restrictions, signed_in

PRIVATE_COLLECTIONS_KEY = "core:private-collection-ids"
PRIVATE_COLLECTIONS_SECONDS = 60 * 60


def published(user=None, *, to_anyone=False):
    """An EXISTS test for document querysets: the stored content of some live page this person
    may see (any live page, with `to_anyone`) uses the document (the reference index records
    object ids as text, hence the casts). For one document; `published_document_ids` answers
    for all of them at once."""
    pages = Page.objects.live()
    if not to_anyone:
        # In the same statement, so asking costs no query of its own.
        pages = annotate_locked(pages, user).filter(locked_for_viewer=False)
    live_page_ids = pages.annotate(key=Cast("pk", CharField())).values("key")
    return Exists(
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(get_document_model()),
            to_object_id=Cast(OuterRef("pk"), CharField()),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=live_page_ids,
        )
    )


def published_references(user=None, hidden_paths=None):
    """The reference-index rows by which live pages this person may see use documents.
    `hidden_paths` is `pages.hidden_page_paths(user)` when the caller has it already.

    Each row's page is looked up by its primary key (the row's object id as a number, and the
    page's id as text equal to it, as before), so the cost follows the rows that refer to
    documents, not the number of pages: listing every live page's id as text read the whole
    page table on every search."""
    pages = Page.objects.live()
    paths = hidden_page_paths(user) if hidden_paths is None else hidden_paths
    hidden = hidden_pages_q(paths)
    if hidden:
        pages = pages.exclude(hidden)
    using_page = pages.annotate(key=Cast("pk", CharField())).filter(
        pk=Cast(OuterRef("object_id"), IntegerField()), key=OuterRef("object_id")
    )
    return ReferenceIndex.objects.filter(
        Exists(using_page),
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
        base_content_type=ContentType.objects.get_for_model(Page),
    )


def published_document_ids(user=None, hidden_paths=None):
    """Ids of the documents used by live pages this person may see."""
    ids = published_references(user, hidden_paths).values_list("to_object_id", flat=True)
    return frozenset(int(pk) for pk in ids.distinct() if pk.isdigit())


def is_published(document, user=None, *, to_anyone=False):
    """Whether a live page this person may see (any live page, with `to_anyone`) uses this
    document; with no person, whether the public may see it through a page."""
    model = get_document_model()
    return model.objects.filter(published(user, to_anyone=to_anyone), pk=document.pk).exists()


def _permission_policy():
    return policy_registry.get_by_type(get_document_model())


def may_manage(user, document):
    """Whether this person may change the document in the admin (and so see it unpublished)."""
    return signed_in(user) and _permission_policy().user_has_permission_for_instance(
        user, "change", document
    )


def managed_documents(user):
    """The documents this person may change in the admin, as a queryset."""
    if not signed_in(user):
        return get_document_model().objects.none()
    return _permission_policy().instances_user_has_permission_for(user, "change")


def hidden_unpublished_documents(user, hidden_paths=None):
    """The documents no live page this person may see uses, and that they may not manage, as a
    queryset (no query is run until it is used)."""
    used = published_references(user, hidden_paths).values("to_object_id")
    documents = get_document_model().objects.annotate(key=Cast("pk", CharField()))
    unpublished = documents.exclude(key__in=used)
    return unpublished.exclude(pk__in=managed_documents(user).values("pk"))


def hidden_unpublished_document_ids(user, hidden_paths=None):
    """Ids of the documents no live page this person may see uses, and that they may not manage."""
    documents = hidden_unpublished_documents(user, hidden_paths)
    return frozenset(documents.values_list("pk", flat=True))


def hidden_collections(user):
    """The collections (with their descendants) this person may not see into, as a queryset."""
    failed = failed_collection_restrictions(user).filter(
        StartsWith(OuterRef("path"), F("collection__path"))
    )
    return Collection.objects.filter(Exists(failed))


def hidden_collection_ids(user):
    """Ids of the collections (with their descendants) this person may not see into."""
    return frozenset(hidden_collections(user).values_list("pk", flat=True))


def private_collection_ids():
    """Ids of the collections under some view restriction (on themselves or an ancestor), kept in
    the cache until a collection or a collection restriction changes."""
    ids = cache.get(PRIVATE_COLLECTIONS_KEY)
    if ids is None:
        restricted = CollectionViewRestriction.objects.filter(
            StartsWith(OuterRef("path"), F("collection__path"))
        )
        ids = frozenset(Collection.objects.filter(Exists(restricted)).values_list("pk", flat=True))
        cache.set(PRIVATE_COLLECTIONS_KEY, ids, PRIVATE_COLLECTIONS_SECONDS)
    return ids


def is_private_document(document):
    """Whether the document's collection is restricted (pages linking to it say so)."""
    return bool(document) and document.collection_id in private_collection_ids()


def _forget_private_collections(sender, **kwargs):
    cache.delete(PRIVATE_COLLECTIONS_KEY)


def _record_published_references(sender, instance, **kwargs):
    # Wagtail brings the reference index up to date in a background task after every save; a
    # publication is recorded at once, so a document is served as soon as its page is live
    # rather than when a task worker gets to it.
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(instance)


def connect_signals():
    for model in (Collection, CollectionViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(
                _forget_private_collections,
                sender=model,
                dispatch_uid=f"core_private_collections_{model.__name__}_{signal}",
            )
    page_published.connect(
        _record_published_references, dispatch_uid="core_privacy_record_published_references"
    )
