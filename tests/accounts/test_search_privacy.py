"""Search (the search/ service) keeps members-only pages and documents from the public."""

import pytest
from django.test import Client

from tests import factories

WORD = "Zanzibarquokka"


@pytest.fixture
def private_story(case_study_index, member, make_members_only):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        lead_member=member,
        title=f"{WORD} members' story",
        summary=f"The {WORD} pilot, for members.",
    )
    make_members_only(story)
    return story


def test_anonymous_search_does_not_find_members_only_pages(client, private_story):
    html = client.get("/search/", {"q": WORD}).content.decode()
    assert private_story.title not in html
    assert private_story.url not in html
    data = client.get("/api/search/", {"q": WORD}).json()
    assert private_story.title not in str(data)


def test_member_search_finds_members_only_pages(member_client, private_story):
    html = member_client.get("/search/", {"q": WORD}).content.decode()
    assert private_story.url in html
    data = member_client.get("/api/search/", {"q": WORD}).json()
    assert private_story.title in str(data)


def test_what_a_visitor_may_not_see_is_worked_out_again_after_a_change(
    member_client, case_study_index, member, make_members_only
):
    # A visitor who is not signed in has their hidden entries kept for the content generation:
    # a new restriction, or a page taken down, must reach the very next search and its count.
    client = Client()  # member_client is pytest-django's `client`, signed in
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, lead_member=member, title=f"{WORD} story", summary=WORD
    )
    other = factories.CaseStudyPageFactory(
        parent=case_study_index, lead_member=member, title=f"{WORD} other", summary=WORD
    )
    assert client.get("/api/search/", {"q": WORD}).json()["count"] == 2

    make_members_only(story)
    data = client.get("/api/search/", {"q": WORD}).json()
    assert data["count"] == 1
    assert story.title not in str(data)
    assert member_client.get("/api/search/", {"q": WORD}).json()["count"] == 2

    other.unpublish()
    assert client.get("/api/search/", {"q": WORD}).json()["count"] == 0
    assert member_client.get("/api/search/", {"q": WORD}).json()["count"] == 1
