"""The default Site's address comes from BASE_URL, so the sitemap and full page addresses use
the hub's public address rather than Wagtail's initial http://localhost/."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Site

from core.site_address import site_address
from tests import factories

pytestmark = pytest.mark.django_db


def migrated():
    """What `manage.py migrate` does after its migrations, whether or not any ran."""
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")


@pytest.mark.parametrize(
    "base_url, expected",
    [
        ("https://hub.councils.coop", ("hub.councils.coop", 443)),
        ("https://hub.councils.coop/", ("hub.councils.coop", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://hub.example.org", ("hub.example.org", 80)),
        ("HTTPS://Hub.Councils.Coop:443/ignored/path", ("hub.councils.coop", 443)),
    ],
)
def test_site_address_from_base_url(base_url, expected):
    assert site_address(base_url) == expected


@pytest.mark.parametrize("base_url", ["hub.councils.coop", "ftp://hub.councils.coop", "https://"])
def test_a_base_url_without_scheme_or_host_is_refused(base_url):
    with pytest.raises(ImproperlyConfigured, match="BASE_URL"):
        site_address(base_url)


def test_the_test_database_site_already_has_the_configured_address(home_page, settings):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == site_address(settings.BASE_URL)


def test_the_sitemap_lists_base_url_addresses(client, settings, case_study_index, member):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Energy co-ops", lead_member=member
    )
    settings.BASE_URL = "https://hub.councils.coop"
    migrated()

    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://hub.councils.coop/</loc>" in body
    assert f"<loc>https://hub.councils.coop{story.url}</loc>" in body
    assert "localhost" not in body
    assert "http://hub.councils.coop" not in body


def test_a_port_in_base_url_is_kept(settings, home_page):
    settings.BASE_URL = "http://127.0.0.1:8000"
    migrated()
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


def test_other_sites_are_left_alone(settings, home_page):
    other = Site.objects.create(hostname="other.example.org", port=80, root_page=home_page)
    settings.BASE_URL = "https://hub.councils.coop"
    migrated()
    other.refresh_from_db()
    assert (other.hostname, other.port) == ("other.example.org", 80)
