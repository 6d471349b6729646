from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.media import media_urlpatterns
from core.privacy.sitemap import PublicPageSitemap
from search import api as search_api
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("account/", include("membership.urls")),
    path("search/", search_views.search, name="search"),
    path("api/search/", search_api.search_api, name="search_api"),
    path("api/search/suggest/", search_api.suggest_api, name="search_suggest"),
    path("apply/", include("applications.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPageSitemap}}),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Public images under MEDIA_URL (in development, or with SERVE_MEDIA); never documents.
urlpatterns += media_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]
