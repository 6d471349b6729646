"""Cross-origin reads of the open data API: any site may GET it from a browser.

Only `/api/v2/` and only GET, HEAD and OPTIONS: the API is read-only public data, answered the
same for everyone and never with credentials, so `*` reveals nothing. Every other address, and
every other method, gets no CORS headers at all.
"""

from django.http import HttpResponse

API_PREFIX = "/api/v2/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOWED_REQUEST_HEADERS = "Accept, Accept-Language, Content-Language, If-None-Match"
PREFLIGHT_MAX_AGE = 24 * 60 * 60


class OpenDataCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX) or request.method not in READ_METHODS:
            return self.get_response(request)
        if request.method == "OPTIONS":
            # A preflight (or any OPTIONS): answered here, as the API has nothing else to say.
            response = HttpResponse(status=204)
            response["Allow"] = ", ".join(READ_METHODS)
            response["Access-Control-Allow-Methods"] = ", ".join(READ_METHODS)
            response["Access-Control-Allow-Headers"] = ALLOWED_REQUEST_HEADERS
            response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
        else:
            response = self.get_response(request)
        response["Access-Control-Allow-Origin"] = "*"
        return response
