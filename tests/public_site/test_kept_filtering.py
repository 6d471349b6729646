"""A filtered listing chooses its items from what each value in force keeps, kept for the
content generation (core.listing: `kept_holders`), in the order kept for the unfiltered listing:
it must list exactly what filtering in the database lists, in the same order."""

import itertools
import math
import random

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from tests import factories


@pytest.fixture
def varied_stories(case_study_index, member_index):
    rng = random.Random(7)
    north, south = factories.RegionFactory(name="North"), factories.RegionFactory(name="South")
    members = [
        factories.MemberPageFactory(parent=member_index, title=f"Council {n}", region=region)
        for n, region in enumerate([north, south, north, None])
    ]
    themes = [factories.ThemeFactory(name=f"Theme {n}") for n in range(4)]
    principles = [factories.principle(number) for number in (1, 2, 3)]
    for number in range(30):
        factories.CaseStudyPageFactory(
            parent=case_study_index,
            # Repeated titles and years: the order's ties are broken as the database breaks them.
            title=f"Story {number % 7}",
            slug=f"story-{number}",
            year=rng.choice([2019, 2020, 2021]),
            lead_member=rng.choice(members),
            partner_members=rng.sample(members, rng.randint(0, 2)),
            themes=rng.sample(themes, rng.randint(0, 2)),
            principles=rng.sample(principles, rng.randint(0, 2)),
        )
    return {
        "theme": [theme.slug for theme in themes],
        "principle": [principle.slug for principle in principles],
        "region": [north.slug, south.slug],
        "member": [member.slug for member in members],
        "year": ["2019", "2021"],
    }


def request_for(index, query):
    request = RequestFactory().get(index.url, query)
    request.user = AnonymousUser()
    return request


def listed(index, query):
    context = index.listing(request_for(index, query))
    return [item.pk for item in context["items"]], context["result_count"]


def in_the_database(index, query):
    source, form = index.listing_source(request_for(index, query))
    form.offer_useful_choices(source)
    keys = list(form.filter_queryset(source).values_list("pk", flat=True))
    # A page beyond the last shows the last, as Django's Paginator.get_page does.
    page = min(int(query.get("page", 1)), max(1, math.ceil(len(keys) / 12)))
    return keys[(page - 1) * 12 : page * 12], len(keys)


def test_kept_filtering_lists_what_the_database_lists(varied_stories, case_study_index):
    queries = [{name: value} for name, values in varied_stories.items() for value in values]
    for (one, first), (other, second) in itertools.combinations(varied_stories.items(), 2):
        queries += [{one: first[0], other: second[-1]}, {one: first[-1], other: second[0]}]
    queries += [{"page": "2"}, {"year": "2019", "page": "2"}, {"theme": "nothing", "year": "2021"}]
    for query in queries:
        for _ in range(2):  # the holders made, then read from the shared cache
            assert listed(case_study_index, query) == in_the_database(case_study_index, query), (
                query
            )
