from django_tasks import task


@task()
def refresh_vocabulary():
    """Background task: build the spelling vocabulary again after the index changed."""
    from .spelling import refresh_vocabulary as refresh

    refresh()
