"""The JSON faces of search: /api/search/ (the same results as /search/) and its suggestions
(docs/search-api.md)."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from core.privacy import private_if_signed_in
from searchlog.recording import visitor_key

from .service import run_search
from .suggestions import suggest

API_VERSION = 1
PLAIN_FIELDS = (
    *("title", "url", "type", "type_label", "year", "members", "pdf_page", "document_url"),
    *("published_on", "file_size", "promoted", "score"),
)
OPTION_FIELDS = ("value", "label", "count", "selected")


def result_json(result):
    return {
        **{name: getattr(result, name) for name in PLAIN_FIELDS},
        "snippet": str(result.snippet),
        "title_html": str(result.title_html),
        "date": result.date.isoformat() if result.date else None,
        "file_type": result.file_type or None,
    }


def results_json(results):
    return {
        "version": API_VERSION,
        "query": results.query.text,
        "similar_to": results.state.get("similar_to"),
        "shortened": results.query.shortened,
        "messages": results.messages,
        "sort": results.sort,
        "count": results.total,
        "page": results.page.number,
        "page_size": results.page_size,
        "num_pages": results.page.paginator.num_pages,
        "next": results.page.next_page_number() if results.page.has_next() else None,
        "previous": results.page.previous_page_number() if results.page.has_previous() else None,
        "promotions": [result_json(r) for r in results.promotions],
        "results": [result_json(r) for r in results.results],
        "facets": [
            {
                "name": facet.name,
                "label": facet.label,
                "options": [{n: getattr(o, n) for n in OPTION_FIELDS} for o in facet.options],
                "more": facet.more,
            }
            for facet in results.facets
        ],
        "filters": [
            {"facet": f.facet, "value": f.value, "label": f.label} for f in results.filters
        ],
        "suggestion": results.suggestion,
        "popular": results.popular,
    }


def _json(request, data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "private, max-age=0"
    # A signed-in person's results can hold what only they may see: never stored at all.
    return private_if_signed_in(request, response)


@require_GET
def search_api(request):
    results = run_search(request.GET, request.user, visitor=visitor_key(request), request=request)
    return _json(request, results_json(results))


@require_GET
def suggest_api(request):
    typed = request.GET.get("q")
    return _json(
        request, {"query": (typed or "")[:60], "suggestions": suggest(typed, request.user)}
    )
