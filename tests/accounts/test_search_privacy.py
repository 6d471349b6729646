"""Search (the search/ service) keeps members-only pages and documents from the public."""

import pytest

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
