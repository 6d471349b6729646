from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import chrome, privacy
from .models import Principle, Region, Theme


# Ahead of Wagtail's collection privacy check, so an unpublished document is a plain 404 (not a
# sign-in page that would confirm it exists).
@hooks.register("before_serve_document", order=-1)
def check_document_privacy(document, request):
    return privacy.check_document_request(document, request)


# First, so the chrome's facts are read in one round trip before anything asks for them.
@hooks.register("before_serve_page", order=-1)
def read_chrome_ahead(page, request, serve_args, serve_kwargs):
    chrome.read_ahead(page, request)


@hooks.register("before_serve_page")
def keep_restricted_pages_private(page, request, serve_args, serve_kwargs):
    # Wagtail's own check has already turned away anyone the restrictions keep out.
    privacy.mark_restricted_page_private(page, request)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class PrincipleViewSet(SnippetViewSet):
    model = Principle
    icon = "success"
    list_display = ["number", "name"]
    ordering = ["number"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "kind"]
    list_filter = ["kind"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 300
    items = (PrincipleViewSet, ThemeViewSet, RegionViewSet)


register_snippet(TaxonomyViewSetGroup)
