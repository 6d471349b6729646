"""Which document collections are private (members only, or otherwise restricted).

Wagtail's collection privacy decides who may open a document; pages that link to one say so
beside the link. The ids of private collections are read in one query and kept in the cache until
a collection or a collection restriction changes.
"""

from django.core.cache import cache
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.db.models.signals import post_delete, post_save
from wagtail.models import Collection, CollectionViewRestriction

CACHE_KEY = "core:private-collection-ids"
CACHE_SECONDS = 60 * 60


def private_collection_ids():
    """Ids of the collections under some view restriction (on themselves or an ancestor)."""
    ids = cache.get(CACHE_KEY)
    if ids is None:
        restricted = CollectionViewRestriction.objects.filter(
            StartsWith(OuterRef("path"), F("collection__path"))
        )
        ids = frozenset(Collection.objects.filter(Exists(restricted)).values_list("pk", flat=True))
        cache.set(CACHE_KEY, ids, CACHE_SECONDS)
    return ids


def is_private_document(document):
    return bool(document) and document.collection_id in private_collection_ids()


def _forget(sender, **kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    for model in (Collection, CollectionViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(
                _forget,
                sender=model,
                dispatch_uid=f"core_private_collections_{model.__name__}_{signal}",
            )
