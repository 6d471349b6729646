"""One rule, every channel: a page restricted to a group is open to that group's people only,
wherever it shows up (listings, search as HTML and JSON, suggestions, the sitemap), and a
document in a restricted collection is served to them only.

The group here is neither Members nor Comms team, which is where listings and search used to
disagree: listings unlocked any restricted page for members, search checked the actual groups.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import FeaturedCaseStudy
from tests import factories

TITLE = "Quillwort board minutes"


@pytest.fixture
def board(db):
    return Group.objects.create(name="Board")


@pytest.fixture
def board_member(django_user_model, board, members_group):
    user = django_user_model.objects.create_user("bea", "bea@example.org", "pw")
    user.groups.add(board, members_group)
    return user


@pytest.fixture
def board_story(case_study_index, member, board, restrict_page):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, title=TITLE, summary="Quillwort decisions.", lead_member=member
    )
    restrict_page(story, board)
    return story


def card_for(html, title):
    for card in re.findall(r"<article class=\"card.*?</article>", html, flags=re.S):
        if f">{title}<" in card:
            return card
    return None


def found_in_search_html(client):
    return (
        "/quillwort-board-minutes/" in client.get("/search/", {"q": "quillwort"}).content.decode()
    )


def found_in_search_json(client):
    results = client.get("/api/search/", {"q": "quillwort"}).json()["results"]
    return TITLE in [result["title"] for result in results]


def suggested(client):
    suggestions = client.get("/api/search/suggest/", {"q": "quillw"}).json()["suggestions"]
    return TITLE in [suggestion["label"] for suggestion in suggestions]


def test_listings_lock_the_page_for_members_outside_the_group(
    client, board_story, case_study_index, member_user, board_member
):
    client.force_login(member_user)
    card = card_for(client.get(case_study_index.url).content.decode(), TITLE)
    assert card and "Members only" in card
    client.force_login(board_member)
    card = card_for(client.get(case_study_index.url).content.decode(), TITLE)
    assert card and "Members only" not in card


def test_member_profile_and_home_listings_follow_the_same_rule(
    client, board_story, member, home_page, member_user, board_member
):
    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=board_story)
    for user, locked in ((member_user, True), (board_member, False)):
        client.force_login(user)
        for url in (member.url, home_page.url):
            card = card_for(client.get(url).content.decode(), TITLE)
            assert card and ("Members only" in card) == locked, (url, user)


@pytest.mark.parametrize("channel", [found_in_search_html, found_in_search_json, suggested])
def test_search_and_suggestions_show_the_page_to_the_group_only(
    client, board_story, member_user, board_member, channel
):
    assert not channel(client)
    client.force_login(member_user)
    assert not channel(client)
    client.force_login(board_member)
    assert channel(client)


def test_the_sitemap_lists_public_live_pages_only(client, board_story, case_study_index, member):
    open_story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Open story", lead_member=member
    )
    draft = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Draft story", lead_member=member, live=False
    )
    xml = client.get("/sitemap.xml").content.decode()
    assert open_story.full_url in xml
    assert board_story.full_url not in xml
    assert draft.full_url not in xml


def test_login_and_password_restrictions(
    client, case_study_index, member, restrict_page, django_user_model
):
    signed_in_only = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Quillwort for anyone signed in", lead_member=member
    )
    restrict_page(signed_in_only, kind=PageViewRestriction.LOGIN)
    with_password = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Quillwort behind a password", lead_member=member
    )
    restrict_page(with_password, kind=PageViewRestriction.PASSWORD, password="open-sesame-123")

    def titles():
        results = client.get("/api/search/", {"q": "quillwort"}).json()["results"]
        return {result["title"] for result in results}

    assert titles() == set()
    client.force_login(django_user_model.objects.create_user("someone"))
    assert titles() == {signed_in_only.title}
    # Search never reveals a password-protected page, even to a superuser.
    client.force_login(django_user_model.objects.create_superuser("root"))
    assert titles() == {signed_in_only.title}
    card = card_for(client.get(case_study_index.url).content.decode(), with_password.title)
    assert card and "Members only" in card


@pytest.mark.usefixtures("files_on_disk")
def test_document_files_follow_the_collection_groups(
    client, board, home_page, member_user, board_member
):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([board])
    document = factories.DocumentFactory(
        title="Quillwort accounts",
        collection=collection,
        file=ContentFile(b"Board only.", name="accounts.txt"),
    )
    page = factories.StandardPageFactory(parent=home_page, title="Papers")
    page.body = [("document", {"document": document})]
    page.save_revision().publish()

    response = client.get(document.url)
    assert response.status_code == 302  # sign in first
    client.force_login(member_user)
    assert client.get(document.url).status_code != 200
    client.force_login(board_member)
    response = client.get(document.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.usefixtures("files_on_disk")
def test_search_shows_documents_by_the_same_rule(client, board, home_page, board_member):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([board])
    hidden = factories.DocumentFactory(title="Quillwort board accounts", collection=collection)
    unused = factories.DocumentFactory(title="Quillwort unused draft")
    public = factories.DocumentFactory(title="Quillwort public report")
    page = factories.StandardPageFactory(parent=home_page, title="Papers")
    page.body = [("document", {"document": d}) for d in (hidden, public)]
    page.save_revision().publish()

    def titles():
        results = client.get("/api/search/", {"q": "quillwort"}).json()["results"]
        return {result["title"] for result in results}

    assert titles() == {public.title}
    client.force_login(board_member)
    assert titles() == {public.title, hidden.title}
    assert unused.title not in titles()


@pytest.mark.usefixtures("files_on_disk")
def test_a_visitors_next_search_follows_a_document_into_a_private_collection(
    client, board, home_page
):
    # What a visitor who is not signed in may not see is kept for the content generation, which
    # saving the document renews: the very next search leaves it out, its count too.
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([board])
    report = factories.DocumentFactory(title="Quillwort yearly report")
    page = factories.StandardPageFactory(parent=home_page, title="Papers")
    page.body = [("document", {"document": report})]
    page.save_revision().publish()

    def found():
        data = client.get("/api/search/", {"q": "quillwort"}).json()
        return data["count"], {result["title"] for result in data["results"]}

    count, titles = found()
    assert report.title in titles
    report.collection = collection
    report.save()
    assert found() == (count - 1, titles - {report.title})
