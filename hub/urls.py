from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.sign_in import shared_passwords
from core import site_files
from core.media import media_urlpatterns
from core.privacy.sitemap import PublicPageSitemap
from opendata.router import api_router
from search import api as search_api
from search import views as search_views

urlpatterns = [
    # Wagtail's shared-password forms, with wrong passwords counted toward a lockout.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        shared_passwords.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        shared_passwords.collection_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Passkeys for the admin's second factor (accounts/two_factor/).
    path("webauthn/", include("django_otp_webauthn.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("account/", include("accounts.sign_in.urls")),
    path("search/", search_views.search, name="search"),
    path("api/search/", search_api.search_api, name="search_api"),
    path("api/search/suggest/", search_api.suggest_api, name="search_suggest"),
    # The open data API (Wagtail's API v2): opendata/endpoints.py.
    path("api/v2/", api_router.urls),
    path("apply/", include("applications.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPageSitemap}}, name="sitemap"),
    path("robots.txt", site_files.robots_txt, name="robots_txt"),
    path("manifest.webmanifest", site_files.web_app_manifest, name="web_app_manifest"),
    path("favicon.ico", site_files.favicon_ico),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Public images under MEDIA_URL (in development, or with SERVE_MEDIA); never documents.
urlpatterns += media_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]
