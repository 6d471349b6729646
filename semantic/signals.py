from django.dispatch import Signal

# Sent once the passages of some items were embedded and committed (kind, object_ids): a search
# server that keeps vectors of its own updates them.
passages_embedded = Signal()
# Sent once the pages most like some pages were worked out again and committed.
similar_pages_changed = Signal()


def site_restored(sender, **kwargs):
    """A restored backup brings back passage ids that processes may hold other vectors for."""
    from .models import PassageGeneration

    PassageGeneration.renew()


def connect():
    from core.backup.signals import site_restored as restored
    from core.page_cache.invalidation import changed

    restored.connect(site_restored, dispatch_uid="semantic_site_restored")
    # Search answers and detail pages' related content change with passages and similar pages.
    passages_embedded.connect(changed, dispatch_uid="semantic_page_cache")
    similar_pages_changed.connect(changed, dispatch_uid="semantic_similar_pages_page_cache")
