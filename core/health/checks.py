"""The checks behind the health endpoints. Each returns a dict of facts (no secrets, no host
names) or raises; a failure's message is written for whoever is on call."""

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.db.models import Case, Count, F, Min, When
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max


class CheckFailed(Exception):
    """A check found something wrong; its message is safe to show to anyone."""


def database():
    """Every configured database answers a query."""
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
    return {}


def cache():
    """The shared caches (the default one and the page cache's) store a value and give it
    back."""
    for alias in ("default", "pages"):
        store = caches[alias]
        key = f"health-check:{get_random_string(16)}"
        store.set(key, "ok", timeout=30)
        try:
            if store.get(key) != "ok":
                raise CheckFailed(f"a value written to the {alias} cache could not be read back")
        finally:
            store.delete(key)
    return {}


def task_queue():
    """The task queue can be read: how many tasks are ready to run, and how long the one that
    has waited longest has waited (tasks queued in the database; none with immediate tasks)."""
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not isinstance(backend, DatabaseBackend):
        return {"backend": "immediate"}
    # A task is waiting from when it was queued, or from its run_after time if it had one.
    waiting_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after")
    )
    ready = DBTaskResult.objects.filter(backend_name=backend.alias).ready()
    facts = ready.aggregate(ready=Count("pk"), oldest=Min(waiting_since))
    oldest = facts.pop("oldest")
    facts["oldest_ready_seconds"] = int((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {"backend": "database", **facts}


def task_worker():
    """No ready task has waited longer than HEALTH_TASK_MAX_WAIT_SECONDS: a worker is running
    and keeping up."""
    facts = task_queue()
    limit = settings.HEALTH_TASK_MAX_WAIT_SECONDS
    if facts.get("oldest_ready_seconds", 0) > limit:
        raise CheckFailed(
            f"the oldest ready task has waited {facts['oldest_ready_seconds']} s, more than "
            f"{limit} s: is a task worker (manage.py db_worker) running?"
        )
    return facts
