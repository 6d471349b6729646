"""Search and reference index updates, once per object rather than once per save.

Creating and publishing a page saves it three times, and each save normally queues a search
index update and a reference index update. While the demo site is built those signal handlers
are held back; afterwards each saved object is queued once, through the same tasks (so the
configured task backend still decides whether they run now or in the worker). The hub's own
search index is brought up to date last, once for everything the build changed.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from searchindex.batching import held_back


class DeferredIndexUpdates:
    def __init__(self):
        self.pending = {}

    def remember(self, sender, instance, raw=False, **kwargs):
        if not raw:
            key = (instance._meta.app_label, instance._meta.model_name, str(instance.pk))
            self.pending[key] = sender

    def flush(self):
        tracked = set(ReferenceIndex.tracked_models)
        searchable = set(search_auto_update_models())
        for key, model in self.pending.items():
            if model in searchable:
                insert_or_update_object_task.enqueue(*key)
            if model in tracked:
                update_reference_index_task.enqueue(*key)
        self.pending.clear()


def search_auto_update_models():
    return [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def deferred_index_updates():
    """Hold back index updates; call `flush()` on the yielded object to queue them once each."""
    deferred = DeferredIndexUpdates()
    models = search_auto_update_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(deferred.remember, weak=False, dispatch_uid="demo-deferred-index")
    try:
        with held_back(), disable_reference_index_auto_update():
            yield deferred
    finally:
        post_save.disconnect(dispatch_uid="demo-deferred-index")
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
