"""The addresses of the many pages one page links to are worked out with what the request has
already read: Wagtail's site root paths come from the shared cache once a request, not once for
every card, member and breadcrumb."""

import pytest
from django.test import Client
from wagtail.models import Site

from home.models import FeaturedCaseStudy


class RootPathReads:
    """Wagtail's cache, counting the reads of the site root paths."""

    def __init__(self, wrapped):
        self.wrapped = wrapped
        self.count = 0

    def get(self, key, *args, **kwargs):
        if key == "wagtail_site_root_paths":
            self.count += 1
        return self.wrapped.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.wrapped, name)


@pytest.fixture
def root_path_reads(monkeypatch):
    from wagtail.models import sites

    reads = RootPathReads(sites.cache)
    monkeypatch.setattr(sites, "cache", reads)
    return reads


@pytest.mark.parametrize("name", ["home", "story", "lab", "toolkit"])
def test_a_page_reads_the_site_root_paths_once(graph, home_page, name, root_path_reads):
    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["story"])
    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["older_story"])
    url = home_page.url if name == "home" else graph[name].url
    Client().get(url)
    root_path_reads.count = 0
    response = Client().get(url)
    assert response.status_code == 200
    assert root_path_reads.count <= 1


def test_the_addresses_are_the_pages_own(graph):
    site = Site.objects.get(is_default_site=True)
    story = graph["story"]
    html = Client().get(story.url).content.decode()
    assert f'href="{story.lead_member.relative_url(site)}"' in html
    assert f'href="{story.relative_url(site)}" aria-current="page"' in html
