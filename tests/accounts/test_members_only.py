"""Members-only pages and documents: closed to the public, open to members, and listed to both."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import CollectionViewRestriction
from wagtail.rich_text import RichText

from core.privacy import annotate_locked, is_private_document
from tests import factories
from tests.helpers.accounts import MEMBER_PASSWORD

SECRET_BODY = "The confidential figures members discussed."


@pytest.fixture
def story_pair(case_study_index, member, make_members_only):
    public = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Open story",
        summary="Everyone can read this.",
        lead_member=member,
    )
    private = factories.CaseStudyPageFactory(
        parent=case_study_index,
        lead_member=member,
        title="Story for members",
        summary="What a member council learned.",
        body=[("paragraph", RichText(f"<p>{SECRET_BODY}</p>"))],
    )
    make_members_only(private)
    return public, private


def card_for(html, title):
    """The markup of the listing card whose title is `title`."""
    for card in re.findall(r"<article class=\"card.*?</article>", html, flags=re.S):
        if f">{title}<" in card:
            return card
    raise AssertionError(f"No card for {title!r}")


# Pages


def test_anonymous_visitor_is_sent_to_sign_in(client, story_pair):
    _, private = story_pair
    response = client.get(private.url)
    assert response.status_code == 302
    assert response["Location"] == f"/account/login/?next={private.url}"
    html = client.get(response["Location"]).content.decode()
    assert "for members of the network" in html


def test_member_reads_the_page(member_client, story_pair):
    _, private = story_pair
    response = member_client.get(private.url)
    assert response.status_code == 200
    assert SECRET_BODY in response.content.decode()


def test_signing_in_leads_back_to_the_page(client, member_user, story_pair):
    _, private = story_pair
    login = client.get(private.url)["Location"]
    response = client.post(
        login, {"username": "ada", "password": MEMBER_PASSWORD, "next": private.url}, follow=True
    )
    assert response.redirect_chain[-1][0] == private.url
    assert SECRET_BODY in response.content.decode()


def test_signed_in_non_member_is_told_why(client, django_user_model, story_pair):
    _, private = story_pair
    client.force_login(django_user_model.objects.create_user("visitor", password="x-long-pw-1"))
    response = client.get(private.url, follow=True)
    html = response.content.decode()
    assert SECRET_BODY not in html
    assert "You are signed in as visitor" in html


def test_comms_and_superusers_pass_the_restriction(
    client, django_user_model, comms_group, story_pair
):
    _, private = story_pair
    comms = django_user_model.objects.create_user("comms", password="x-long-pw-1")
    comms.groups.add(comms_group)
    client.force_login(comms)
    assert client.get(private.url).status_code == 200
    client.force_login(django_user_model.objects.create_superuser("root", password="x-long-pw-1"))
    assert client.get(private.url).status_code == 200


def test_restriction_covers_child_pages(member_client, case_study_index, member, make_members_only):
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Under a private index", lead_member=member
    )
    make_members_only(case_study_index)
    assert Client().get(story.url).status_code == 302
    locked = annotate_locked(story.__class__.objects.all(), AnonymousUser())
    assert set(locked.filter(locked_for_viewer=True).values_list("pk", flat=True)) == {story.pk}
    assert member_client.get(story.url).status_code == 200


def test_who_may_open_members_only_pages(django_user_model, member_user, comms_group, story_pair):
    _, private = story_pair

    def locked_for(user):
        return (
            annotate_locked(private.__class__.objects.filter(pk=private.pk), user)
            .get()
            .locked_for_viewer
        )

    assert not locked_for(member_user)
    assert locked_for(AnonymousUser())
    assert locked_for(django_user_model.objects.create_user("other"))
    comms = django_user_model.objects.create_user("comms")
    comms.groups.add(comms_group)
    assert not locked_for(comms)
    assert not locked_for(django_user_model.objects.create_superuser("root"))
    member_user.is_active = False
    assert locked_for(member_user)


# Documents


@pytest.fixture
def publish_on_a_page(home_page):
    """Use documents on a live page: until one does, a document is served to nobody but the
    people who manage it."""

    def publish(*documents):
        page = factories.StandardPageFactory(parent=home_page, title="Downloads")
        page.body = [("document", {"document": document}) for document in documents]
        page.save_revision().publish()
        return page

    return publish


@pytest.fixture
def members_document(members_collection, files_on_disk, publish_on_a_page):
    document = factories.DocumentFactory(
        title="Members' briefing",
        collection=members_collection,
        file=ContentFile(b"Members-only findings.", name="briefing.txt"),
    )
    publish_on_a_page(document)
    return document


def test_anonymous_visitor_cannot_download_a_members_document(client, members_document):
    response = client.get(members_document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=/documents/")


def test_member_downloads_a_members_document(member_client, members_document):
    response = member_client.get(members_document.url)
    assert response.status_code == 200, response.content[:500]
    assert b"".join(response.streaming_content) == b"Members-only findings."


def test_public_document_stays_public(client, db, files_on_disk, publish_on_a_page):
    document = factories.DocumentFactory(file=ContentFile(b"Open.", name="open.txt"))
    publish_on_a_page(document)
    assert client.get(document.url).status_code == 200


# Listings


def test_anonymous_listing_shows_title_summary_and_marker_only(client, story_pair):
    public, private = story_pair
    html = client.get("/case-studies/").content.decode()
    card = card_for(html, private.title)
    assert "What a member council learned." in card
    assert "Members only" in card
    assert SECRET_BODY not in html
    assert "Members only" not in card_for(html, public.title)


def test_member_listing_is_normal(member_client, story_pair):
    _, private = story_pair
    html = member_client.get("/case-studies/").content.decode()
    card = card_for(html, private.title)
    assert f'href="{private.url}"' in card
    assert "Members only" not in card


def test_every_listing_marks_members_only_items(
    client, home_page, member_index, toolkit_index, lab_index, make_members_only
):
    lead = factories.MemberPageFactory(parent=member_index, title="Private Council")
    lab = factories.PolicyLabPageFactory(parent=lab_index, title="Private lab", lead_member=lead)
    toolkit = factories.ToolkitPageFactory(
        parent=toolkit_index, title="Private toolkit", originating_lab=lab
    )
    for page in (lead, lab, toolkit):
        make_members_only(page)
    for url, title in [
        (member_index.url, lead.title),
        (lab_index.url, lab.title),
        (toolkit_index.url, toolkit.title),
        (home_page.url, lab.title),
        (home_page.url, toolkit.title),
    ]:
        assert "Members only" in card_for(client.get(url).content.decode(), title), (url, title)


def test_member_profile_lists_members_only_work_as_such(
    client, member_index, case_study_index, make_members_only
):
    lead = factories.MemberPageFactory(parent=member_index, title="Open Council")
    story = factories.CaseStudyPageFactory(
        parent=case_study_index, title="Story for members", lead_member=lead
    )
    make_members_only(story)
    html = client.get(lead.url).content.decode()
    assert "Members only" in card_for(html, story.title)


def test_listing_query_count_does_not_grow_with_members_only_items(
    client, case_study_index, member, make_members_only
):
    def count_queries():
        client.get(case_study_index.url)  # warm the site and rendition caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(case_study_index.url).status_code == 200
        return len(queries)

    stories = [
        factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
        for _ in range(5)
    ]
    make_members_only(stories[0])
    few = count_queries()
    stories += [
        factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
        for _ in range(45)
    ]
    for story in stories[10:30:3]:
        make_members_only(story)
    # Page size is 12, so 50 items fill a page; the count must not depend on restrictions.
    assert count_queries() == few


# Sitemap, feeds and APIs


def test_sitemap_leaves_out_members_only_pages(client, story_pair, home_page):
    public, private = story_pair
    xml = client.get("/sitemap.xml").content.decode()
    assert public.full_url in xml
    assert private.full_url not in xml


def test_no_feeds_or_page_api_to_leak_through(client, db):
    from django.urls import resolve

    for url in ("/feed/", "/rss/", "/api/v2/pages/", "/api/pages/"):
        match = resolve(url)
        # Only Wagtail's page-serving catch-all answers, which applies page privacy.
        assert match.url_name == "wagtail_serve", url


def test_a_link_to_a_members_document_is_marked_members_only(
    client, lab_index, member, members_document, files_on_disk
):
    public = factories.DocumentFactory(
        title="Open summary", file=ContentFile(b"For everyone.", name="summary.txt")
    )
    lab = factories.PolicyLabPageFactory(
        parent=lab_index, title="Shared services lab", lead_member=member, final_report=public
    )
    page = client.get(lab.url).content.decode()
    assert "Members only" not in page

    lab.final_report = members_document
    lab.save_revision().publish()
    page = client.get(lab.url).content.decode()
    link = re.search(
        r'<a class="document-link".*?</a>\s*(<span class="members-only-tag">[^<]*)', page, re.S
    )
    assert link and "Members only" in link.group(1)


def test_the_marker_follows_changes_to_collection_privacy(
    client, lab_index, member, members_document, files_on_disk
):
    assert is_private_document(members_document)
    members_document.collection.get_view_restrictions().delete()
    assert not is_private_document(members_document)
    parent = members_document.collection
    child = parent.add_child(name="Briefings")
    CollectionViewRestriction.objects.create(collection=parent, restriction_type="login")
    members_document.collection = child
    members_document.save()
    assert is_private_document(members_document)  # a restriction on a parent covers it
