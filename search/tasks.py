from django_tasks import task


@task()
def refresh_vocabulary():
    from .spelling import refresh_vocabulary as refresh

    refresh()
