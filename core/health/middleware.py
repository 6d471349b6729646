"""Answers the health endpoints before the rest of the middleware runs.

Load balancers probe each server by its own address, often over plain HTTP and with a Host
header that is not in ALLOWED_HOSTS. This middleware sits right after SecurityMiddleware (whose
HTTPS redirect skips these paths, SECURE_REDIRECT_EXEMPT) and before CommonMiddleware, where
Django checks the Host header, so such a probe gets an answer instead of a redirect or a 400.
That is safe because the answer never uses the Host header, builds no address, sets no cookie,
says nothing secret and may not be cached. No session, user or CSRF work is done for a probe.
"""

import logging

from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers

from . import checks

logger = logging.getLogger(__name__)

ENDPOINTS = {
    "/health/": {
        "database": checks.database,
        "cache": checks.cache,
        "task_queue": checks.task_queue,
    },
    "/health/worker/": {"task_worker": checks.task_worker},
}


def run(name, check):
    try:
        return {"ok": True, **check()}
    except checks.CheckFailed as failure:
        logger.error("Health check %s failed: %s", name, failure)
        return {"ok": False, "error": str(failure)}
    except Exception as exc:
        # The exception's text may name hosts or users: it goes to the log, not the answer.
        logger.exception("Health check %s failed", name)
        return {"ok": False, "error": type(exc).__name__}


def health_response(endpoint_checks):
    results = {name: run(name, check) for name, check in endpoint_checks.items()}
    healthy = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": results},
        status=200 if healthy else 503,
    )


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        endpoint_checks = ENDPOINTS.get(request.path_info)
        if endpoint_checks is None:
            return self.get_response(request)
        if request.method in ("GET", "HEAD"):
            response = health_response(endpoint_checks)
        else:
            response = HttpResponseNotAllowed(["GET", "HEAD"])
        add_never_cache_headers(response)
        return response
