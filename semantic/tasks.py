from django_tasks import task

from .embedding import BATCH, enabled, update


@task()
def embed_items(kind, object_ids):
    """Background task: the passages of these pages or documents, embedded again if changed,
    then the lists of pages most like each page that their new meaning can change."""
    _, changed = update(kind, object_ids)
    if kind == "page" and changed:
        from . import similar_pages  # numpy and the matrix: in the task worker only

        similar_pages.refresh(changed)


def queue_embedding(kind, object_ids):
    """Ask the task worker to bring these items' passages up to date."""
    if not enabled() or not object_ids:
        return
    object_ids = sorted(set(object_ids))
    for start in range(0, len(object_ids), BATCH):
        embed_items.enqueue(kind, object_ids[start : start + BATCH])
