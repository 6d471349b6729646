"""Health endpoints for load balancers, container health checks and monitoring.

`/health/` says whether this web process can serve: the database, the shared cache and the
task queue answer. `/health/worker/` says whether a task worker is working through the queue.
Both answer 200 when every check passes and 503 naming the check that failed, never cacheable.
See checks.py for the checks and middleware.py for why they are answered before host checks.
"""
