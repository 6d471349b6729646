from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.setup import EDIT

from .models import SuggestedSearch
from .reports import SearchQueriesReportView

REPORT_PERMISSION = "view_searchqueryday"


class SuggestedSearchViewSet(SnippetViewSet):
    """The searches offered to everyone whose search finds nothing, before popular ones."""

    model = SuggestedSearch
    icon = "search"
    menu_label = "Suggested searches"
    menu_order = 410
    add_to_admin_menu = False
    list_display = ["query", "sort_order"]
    search_fields = ["query"]


register_snippet(SuggestedSearchViewSet)


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(f"searchlog.{REPORT_PERMISSION}")


@hooks.register("register_permissions")
def register_search_log_permission():
    """Lets comms be given the search report in Settings > Groups without being superusers."""
    return Permission.objects.filter(
        content_type__app_label="searchlog", codename=REPORT_PERMISSION
    )


@hooks.register("register_reports_menu_item")
def register_search_queries_report_menu_item():
    return SearchQueriesMenuItem(
        "Search queries",
        reverse("search_queries_report"),
        icon_name="search",
        order=700,
    )


@hooks.register("register_admin_urls")
def register_search_queries_report_url():
    return [
        path(
            "reports/search-queries/",
            SearchQueriesReportView.as_view(),
            name="search_queries_report",
        ),
        path(
            "reports/search-queries/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


@hooks.register("register_comms_permissions")
def comms_permissions():
    """Comms choose the suggested searches."""
    return {"searchlog.suggestedsearch": EDIT}
