"""The admin report of what people search for: popular searches and searches that found nothing."""

import django_filters
from django.db.models import Max, Sum
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import SearchQueryDay

SHOW_CHOICES = [("popular", "Most searched"), ("zero", "Found nothing")]


class SearchQueriesFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(
        label="Date", widget=DateRangePickerWidget, field_name="date"
    )
    show = django_filters.ChoiceFilter(
        label="Show", choices=SHOW_CHOICES, method="filter_show", empty_label="All searches"
    )

    class Meta:
        model = SearchQueryDay
        fields = ["date"]

    def filter_show(self, queryset, name, value):
        if value == "zero":
            return queryset.filter(total_zero__gt=0).order_by("-total_zero", "query")
        return queryset.order_by("-total_searches", "query")


class SearchQueriesReportView(ReportView):
    """One row per normalised query, over the chosen dates."""

    page_title = "Search queries"
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    filterset_class = SearchQueriesFilterSet
    model = SearchQueryDay
    any_permission_required = ["view"]
    paginate_by = 50
    default_ordering = None
    columns = [
        Column("query", label="Search", accessor="query"),
        Column("total_searches", label="Searches", accessor="total_searches"),
        Column("total_zero", label="Found nothing", accessor="total_zero"),
        DateColumn("last_searched", label="Last searched", accessor="last_searched"),
    ]
    list_export = ["query", "total_searches", "total_zero", "last_searched"]
    export_headings = {
        "query": "Search",
        "total_searches": "Searches",
        "total_zero": "Searches that found nothing",
        "last_searched": "Last searched",
    }

    def get_queryset(self):
        return (
            SearchQueryDay.objects.values("query")
            .annotate(
                total_searches=Sum("searches"),
                total_zero=Sum("zero_result_searches"),
                last_searched=Max("date"),
            )
            .order_by("-total_searches", "query")
        )
