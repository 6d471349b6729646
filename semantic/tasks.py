from django_tasks import task


@task()
def embed_items(kind, object_ids):
    """Background task: the passages of these pages or documents, embedded again if changed."""
    from .embedding import embed

    embed(kind, object_ids)
