"""The CDN in front: its purge API configured from the environment, a half-configured one
refused at start, and a published page's listing and the home page purged beside it."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from core.page_cache import cdn
from tests import factories
from tests.helpers.environment import PRODUCTION_ENV, load_settings


def test_no_backend_named_means_no_front_end_cache():
    assert cdn.frontend_cache_settings({}) is None
    assert cdn.frontend_cache_settings({"FRONTEND_CACHE_BACKEND": " "}) is None


@pytest.mark.parametrize(
    "values, expected",
    [
        (
            {
                "FRONTEND_CACHE_BACKEND": "cloudflare",
                "CLOUDFLARE_ZONE_ID": "z",
                "CLOUDFLARE_API_TOKEN": "t",
            },
            {"BACKEND": cdn.BACKENDS["cloudflare"], "ZONEID": "z", "BEARER_TOKEN": "t"},
        ),
        (
            {
                "FRONTEND_CACHE_BACKEND": "Cloudflare",
                "CLOUDFLARE_ZONE_ID": "z",
                "CLOUDFLARE_EMAIL": "comms@example.org",
                "CLOUDFLARE_API_KEY": "k",
            },
            {
                "BACKEND": cdn.BACKENDS["cloudflare"],
                "ZONEID": "z",
                "EMAIL": "comms@example.org",
                "API_KEY": "k",
            },
        ),
        (
            {"FRONTEND_CACHE_BACKEND": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"},
            {"BACKEND": cdn.BACKENDS["cloudfront"], "DISTRIBUTION_ID": "E123"},
        ),
        (
            {"FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_PURGE_URL": "http://varnish:8000/"},
            {"BACKEND": cdn.BACKENDS["http"], "LOCATION": "http://varnish:8000/"},
        ),
    ],
    ids=["cloudflare-token", "cloudflare-key", "cloudfront", "http"],
)
def test_each_backend_from_the_environment(values, expected):
    assert cdn.frontend_cache_settings(values) == {"default": expected}


@pytest.mark.parametrize(
    "values, names",
    [
        ({"FRONTEND_CACHE_BACKEND": "fastly"}, "must be one of"),
        (
            {"FRONTEND_CACHE_BACKEND": "cloudflare", "CLOUDFLARE_API_TOKEN": "t"},
            "CLOUDFLARE_ZONE_ID",
        ),
        (
            {"FRONTEND_CACHE_BACKEND": "cloudflare", "CLOUDFLARE_ZONE_ID": "z"},
            "CLOUDFLARE_API_TOKEN",
        ),
        (
            {
                "FRONTEND_CACHE_BACKEND": "cloudflare",
                "CLOUDFLARE_ZONE_ID": "z",
                "CLOUDFLARE_EMAIL": "comms@example.org",
            },
            "CLOUDFLARE_API_KEY",
        ),
        ({"FRONTEND_CACHE_BACKEND": "cloudfront"}, "CLOUDFRONT_DISTRIBUTION_ID"),
        ({"FRONTEND_CACHE_BACKEND": "http"}, "FRONTEND_CACHE_PURGE_URL"),
    ],
)
def test_a_half_configured_backend_is_refused(values, names):
    with pytest.raises(ImproperlyConfigured, match=names):
        cdn.frontend_cache_settings(values)


def test_production_refuses_to_start_with_a_half_configured_backend():
    code, output = load_settings(
        "hub.settings.production", **PRODUCTION_ENV, FRONTEND_CACHE_BACKEND="cloudfront"
    )
    assert code != 0
    assert "CLOUDFRONT_DISTRIBUTION_ID" in output


def test_production_installs_wagtails_front_end_cache_when_configured():
    code, output = load_settings(
        "hub.settings.production",
        "'wagtail.contrib.frontend_cache' in s.INSTALLED_APPS, s.WAGTAILFRONTENDCACHE",
        **PRODUCTION_ENV,
        FRONTEND_CACHE_BACKEND="http",
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081/",
    )
    assert code == 0, output
    assert output.strip().startswith("True {'default': {'BACKEND'")


def test_a_published_page_purges_its_listing_and_the_home_page(
    case_study_index, member, settings, monkeypatch
):
    purged = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.PurgeBatch.purge",
        lambda batch, **kwargs: purged.extend(batch.urls),
    )
    story = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    cdn.purge_listings(sender=type(story), instance=story)
    assert sorted(purged) == ["http://testserver/", "http://testserver/case-studies/"]
