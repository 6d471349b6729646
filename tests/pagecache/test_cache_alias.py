"""The page cache has a cache of its own ("pages"): pages kept for every query string asked
for never push out the rate-limit counters and other entries of the default cache."""

import pytest
from django.core.cache import caches
from django.test import Client

from core.page_cache import generation
from core.ratelimit import RateLimit
from tests import factories

from .probes import served_from_cache


@pytest.fixture
def story(case_study_index, member):
    return factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)


def test_pages_and_the_generation_are_kept_apart_from_the_default_cache(visitor, story):
    assert served_from_cache(visitor.get(story.url)) is False
    assert served_from_cache(visitor.get(story.url))
    assert caches["pages"].get(generation.KEY)
    assert caches["default"].get(generation.KEY) is None


def test_filling_the_page_cache_never_culls_the_rate_limits(settings, page_cache, story):
    # Each cache is emptied whole once it holds ten entries.
    full_at_ten = {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 0}}
    settings.CACHES = {
        "default": {**settings.DATABASE_CACHE, **full_at_ten},
        "pages": {**settings.PAGES_DATABASE_CACHE, **full_at_ten},
    }
    limit = RateLimit("test", 1, 3600)
    assert limit.hit("203.0.113.9")
    assert limit.is_limited("203.0.113.9")
    visitor = Client()
    for number in range(30):
        assert visitor.get(story.url, {"utm_source": number}).status_code == 200
    assert limit.is_limited("203.0.113.9")
