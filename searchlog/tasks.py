from django_tasks import task


@task()
def log_search(normalised, result_count, visitor=None, found_public=False, date=None):
    """Background task: count one search (searchlog.recording), so that a search writes one
    row to the task queue rather than the log's six statements."""
    from datetime import date as Date

    from .recording import record_search

    day = Date.fromisoformat(date) if date else None
    record_search(normalised, result_count, visitor=visitor, found_public=found_public, day=day)
