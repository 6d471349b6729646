"""Answers that depend on who asks are marked private, so no shared cache (a CDN ignoring
`Vary: Cookie`) hands one member's results or documents to another visitor."""

import pytest
from django.core.files.base import ContentFile

from tests import factories

SEARCH_URLS = [
    ("/search/", {"q": "energy"}),
    ("/api/search/", {"q": "energy"}),
    ("/api/search/suggest/", {"q": "ene"}),
]


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.mark.parametrize(("url", "params"), SEARCH_URLS)
def test_search_is_private_and_never_stored_for_signed_in_visitors(
    client, db, member_user, url, params
):
    client.force_login(member_user)
    response = client.get(url, params)
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)
    assert "public" not in directives(response)


def test_anonymous_search_keeps_its_headers(client, db):
    assert "no-store" not in directives(client.get("/search/", {"q": "energy"}))
    assert directives(client.get("/api/search/", {"q": "energy"})) == {"private", "max-age=0"}


def test_a_members_only_page_is_served_private(
    client, case_study_index, member, member_user, restrict_page, members_group
):
    open_story = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    story = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    restrict_page(story, members_group)
    client.force_login(member_user)
    response = client.get(story.url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)
    # Every page served to a signed-in member is theirs (its sign-out form holds their CSRF
    # token); an open page is public again to a visitor without a session.
    assert {"private", "no-store"} <= directives(client.get(open_story.url))
    client.logout()
    assert "public" in directives(client.get(open_story.url))


@pytest.fixture
def page_with(home_page):
    def publish(document):
        page = factories.StandardPageFactory(parent=home_page, title="Downloads")
        page.body = [("document", {"document": document})]
        page.save_revision().publish()

    return publish


@pytest.mark.usefixtures("files_on_disk")
def test_a_members_document_is_served_private(client, members_collection, member_user, page_with):
    document = factories.DocumentFactory(
        collection=members_collection, file=ContentFile(b"Members.", name="members.txt")
    )
    page_with(document)
    client.force_login(member_user)
    response = client.get(document.url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)


@pytest.mark.usefixtures("files_on_disk")
def test_an_unpublished_document_is_served_private_to_comms(client, comms_user):
    document = factories.DocumentFactory(file=ContentFile(b"Draft.", name="draft.txt"))
    client.force_login(comms_user)
    response = client.get(document.url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)


@pytest.mark.usefixtures("files_on_disk")
def test_a_public_document_keeps_its_headers(client, db, page_with):
    document = factories.DocumentFactory(file=ContentFile(b"Open.", name="open.txt"))
    page_with(document)
    response = client.get(document.url)
    assert response.status_code == 200
    assert "private" not in directives(response)
