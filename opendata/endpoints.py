"""The open data API's endpoints: Wagtail's API v2 viewsets, one per kind of content.

Every endpoint answers everyone alike, signed in or not: it shows only what anyone may see
(`core.privacy.public_pages` and `public_documents`: live pages without view restrictions,
documents a public page publishes), reads no session or credentials, and loads what its fields
need in a fixed number of queries whatever the page size. Its filters are the listings' own
(`filter_lookups`, see `opendata.filters`); Wagtail's `search`, `order`, `fields`, `limit` and
`offset` work as documented for API v2.
"""

from django.utils.functional import cached_property
from wagtail.api.v2.filters import OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from casestudies.selectors import CaseStudyFilterForm
from core.page_cache.rules import mark_shared
from core.privacy import public_documents, public_pages
from hubevents.choices import When
from hubevents.models import EventPage
from hubevents.selectors import EventFilterForm, by_when
from labs.models import PolicyLabPage
from labs.selectors import PolicyLabFilterForm
from members.models import MemberPage
from news.models import NewsPage
from news.selectors import NewsFilterForm
from toolkits.models import ToolkitPage
from toolkits.selectors import ToolkitFilterForm

from .filters import OpenDataFilter
from .serializers import OpenDataDocumentSerializer

FILTER_NAMES = ("theme", "principle", "region", "member", "year")
OPERATIONS = frozenset(["limit", "offset", "fields", "order", "search", "search_operator"])


def listing_lookups(form_class, **renamed):
    """The listing form's lookups for the API's filters; `renamed` maps an API filter to the
    form's own name for it (a lab's `year` is its funding `round`)."""
    names = {name: renamed.get(name, name) for name in FILTER_NAMES}
    return {api: form_class.lookups[own] for api, own in names.items() if own in form_class.lookups}


class OpenDataEndpoint(BaseAPIViewSet):
    """What every open data endpoint shares: anonymous, and only its own query parameters."""

    authentication_classes = []
    permission_classes = []
    filter_lookups = {}
    filter_choices = {}
    select_related = ()
    prefetch_related = ()
    ordering = ("-id",)

    def finalize_response(self, request, response, *args, **kwargs):
        # The same answer for everyone: say so, so that neither the page cache's rules for
        # signed-in visitors nor a CDN treat a member's request as a private one.
        response = super().finalize_response(request, response, *args, **kwargs)
        mark_shared(response)
        return response

    def check_query_parameters(self, queryset):
        allowed = OPERATIONS | set(self.filter_lookups) | {"format", "rich_text_format"}
        unknown = set(self.request.GET) - allowed
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a filter of this endpoint: "
                + ", ".join(sorted(unknown))
            )

    def get_queryset(self):
        return self.public_items

    @cached_property
    def public_items(self):
        """What anyone may see of this endpoint's kind, worked out once a request."""
        raise NotImplementedError

    def with_related(self, queryset):
        return (
            queryset.select_related(*self.select_related)
            .prefetch_related(*self.prefetch_related)
            .order_by(*self.ordering, "id")
        )


class PublicPagesEndpoint(OpenDataEndpoint, PagesAPIViewSet):
    filter_backends = [OpenDataFilter, OrderingFilter, SearchFilter]

    def get_base_queryset(self):
        return public_pages(Page.objects.all())

    @cached_property
    def public_items(self):
        # Wagtail's page serializer reads each page's locale.
        pages = public_pages(self.model.objects.all()).select_related("locale")
        return self.with_related(pages)


class CaseStudiesEndpoint(PublicPagesEndpoint):
    model = CaseStudyPage
    filter_lookups = listing_lookups(CaseStudyFilterForm)
    select_related = ("lead_member",)
    prefetch_related = ("partner_members", "themes", "principles")
    ordering = ("-year", "title")


class ToolkitsEndpoint(PublicPagesEndpoint):
    model = ToolkitPage
    filter_lookups = listing_lookups(ToolkitFilterForm)
    select_related = ("originating_lab",)
    prefetch_related = ("themes", "principles")
    ordering = ("title",)


class LabsEndpoint(PublicPagesEndpoint):
    model = PolicyLabPage
    filter_lookups = listing_lookups(PolicyLabFilterForm, year="round")
    select_related = ("lead_member", "final_report")
    prefetch_related = ("partner_members", "themes", "principles")
    ordering = ("-round_year", "title")


class MembersEndpoint(PublicPagesEndpoint):
    model = MemberPage
    filter_lookups = {"region": "region", "year": "year_joined"}
    select_related = ("region",)
    ordering = ("title",)


class NewsEndpoint(PublicPagesEndpoint):
    model = NewsPage
    filter_lookups = listing_lookups(NewsFilterForm)
    select_related = ("lead_member",)
    prefetch_related = ("involved_members", "themes", "principles")
    ordering = ("-date", "-first_published_at")


class EventsEndpoint(PublicPagesEndpoint):
    model = EventPage
    filter_lookups = {**listing_lookups(EventFilterForm), "when": by_when}
    filter_choices = {"when": When.values}
    select_related = ("lead_member",)
    prefetch_related = ("involved_members", "themes", "principles")
    ordering = ("-starts_at",)


class DocumentsEndpoint(OpenDataEndpoint, DocumentsAPIViewSet):
    filter_backends = [OpenDataFilter, OrderingFilter, SearchFilter]
    filter_lookups = {"year": "created_at__year"}
    prefetch_related = ("tags",)
    ordering = ("-created_at",)

    base_serializer_class = OpenDataDocumentSerializer

    @cached_property
    def public_items(self):
        return self.with_related(public_documents(self.model.objects.all()))


ENDPOINTS = {
    "case-studies": CaseStudiesEndpoint,
    "toolkits": ToolkitsEndpoint,
    "labs": LabsEndpoint,
    "members": MembersEndpoint,
    "news": NewsEndpoint,
    "events": EventsEndpoint,
    "documents": DocumentsEndpoint,
}
