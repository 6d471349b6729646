"""The search page: a thin face over search.service.run_search."""

from django.template.response import TemplateResponse
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage
from core.privacy import private_if_signed_in, visible_pages
from labs.models import PolicyLabIndexPage
from members.models import MemberIndexPage
from searchlog.recording import visitor_key
from toolkits.models import ToolkitIndexPage

from .facets import FACET_LABELS
from .params import SORTS, encode_state, toggling
from .service import run_search

BROWSE_INDEXES = (CaseStudyIndexPage, ToolkitIndexPage, PolicyLabIndexPage, MemberIndexPage)


def browse_links(user):
    """The section listings, offered when a search finds nothing."""
    indexes = visible_pages(user, Page.objects.type(*BROWSE_INDEXES)).order_by("path")
    return [{"title": page.title, "url": page.get_url()} for page in indexes]


def filter_chips(results):
    """The filters in force, to remove beside the results while the facets are folded away."""
    toggle = toggling(results.state)
    return [
        {
            "facet_label": FACET_LABELS.get(f.facet, f.facet),
            "label": f.label,
            "remove_params": toggle(f.facet, f.value),
        }
        for f in results.filters
    ]


def search(request):
    results = run_search(request.GET, request.user, visitor=visitor_key(request), request=request)
    sort_links = [
        {
            "label": label,
            "current": value == results.sort,
            "params": encode_state(results.state, sort=value, page=1),
        }
        for value, label in SORTS.items()
    ]
    context = {
        "search": results,
        "search_query": results.query.text,
        "sort_links": sort_links,
        "filter_chips": filter_chips(results),
    }
    if results.query and not (results.total or results.promotions):
        context["browse_links"] = browse_links(request.user)
    response = TemplateResponse(request, "search/search.html", context)
    if results.query:
        # Each search is counted (querylog): no cache may answer it instead, as for the JSON.
        response["Cache-Control"] = "private, max-age=0"
    # A signed-in person's results can hold what only they may see.
    return private_if_signed_in(request, response)
