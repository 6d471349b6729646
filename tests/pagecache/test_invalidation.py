"""Every change to what the public site shows renews the content generation once it commits,
so a cached page is never served after it, in this process or any other; a draft renews
nothing."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from core.backup.signals import site_restored
from core.models import SiteChrome
from core.page_cache import generation
from semantic.signals import passages_embedded, similar_pages_changed
from tests import factories
from tests.factories import FundingRoundFactory
from tests.helpers.page_editor import body_fields, republish_through_edit_form

from .probes import served_from_cache, stored_token


@pytest.fixture
def housing(db):
    return factories.ThemeFactory(name="Housing", slug="housing")


@pytest.fixture
def report(db):
    return factories.DocumentFactory(title="Repairs findings")


@pytest.fixture
def story(case_study_index, member, housing, report):
    page = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Tenant-led repairs",
        lead_member=member,
        body=[("document", {"document": report, "label": ""})],
    )
    page.themes.set([housing])
    page.save_revision().publish()
    return page


@pytest.fixture
def warm(visitor):
    """Serve `url` twice, so the second copy came from the cache; returns its text."""

    def serve(url):
        visitor.get(url)
        response = visitor.get(url)
        assert served_from_cache(response), f"{url} was not cached"
        return response.content.decode()

    return serve


@pytest.fixture
def fresh(visitor):
    def serve(url, status=200):
        response = visitor.get(url)
        assert response.status_code == status
        assert not served_from_cache(response), f"{url} was served from before the change"
        return response.content.decode()

    return serve


def test_publishing_from_the_admin(admin_client, home_page, warm, fresh, renews_after_commit):
    about = factories.StandardPageFactory(parent=home_page, title="About the network")
    assert "About the network" in warm(about.url)
    renews_after_commit(
        lambda: republish_through_edit_form(
            admin_client, about, {"title": "About the CCIN", **body_fields()}
        )
    )
    assert "About the CCIN" in fresh(about.url)


def test_unpublishing(story, case_study_index, warm, fresh, renews_after_commit):
    assert "Tenant-led repairs" in warm(case_study_index.url)
    warm(story.url)
    renews_after_commit(story.unpublish)
    assert "Tenant-led repairs" not in fresh(case_study_index.url)
    fresh(story.url, status=404)


def test_moving(story, case_study_index, home_page, warm, fresh, renews_after_commit):
    elsewhere = factories.CaseStudyIndexPageFactory(parent=home_page, title="Older stories")
    assert "Tenant-led repairs" in warm(case_study_index.url)
    renews_after_commit(lambda: story.move(elsewhere, pos="last-child"))
    assert "Tenant-led repairs" not in fresh(case_study_index.url)
    assert "Tenant-led repairs" in fresh(elsewhere.url)


def test_deleting(story, case_study_index, warm, fresh, renews_after_commit):
    assert "Tenant-led repairs" in warm(case_study_index.url)
    renews_after_commit(story.delete)
    assert "Tenant-led repairs" not in fresh(case_study_index.url)


def test_scheduled_publishing(story, case_study_index, warm, fresh, renews_after_commit):
    story.title = "Tenants run the repairs"
    story.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    # Scheduling is a draft: what visitors see stays as it was until the command runs.
    assert "Tenant-led repairs" in warm(case_study_index.url)
    renews_after_commit(lambda: call_command("publish_scheduled"))
    assert "Tenants run the repairs" in fresh(case_study_index.url)


def test_an_import(case_study_index, member, warm, fresh, renews_after_commit, tmp_path):
    assert "Community-owned solar" not in warm(case_study_index.url)
    records = tmp_path / "stories.json"
    records.write_text(
        json.dumps(
            [
                {
                    "title": "Community-owned solar",
                    "organisation": member.title,
                    "summary": "Residents own the panels.",
                    "body": "The council leased the roofs.",
                    "year": 2021,
                }
            ]
        )
    )
    renews_after_commit(
        lambda: call_command("import_case_studies", str(records), "--no-progress", verbosity=0)
    )
    assert "Community-owned solar" in fresh(case_study_index.url)


def test_a_theme_renamed(story, housing, case_study_index, warm, fresh, renews_after_commit):
    assert "Housing" in warm(case_study_index.url)
    housing.name = "Homes"

    renews_after_commit(housing.save)
    assert "Homes" in fresh(case_study_index.url)


def test_the_navigation_and_footer(home_page, warm, fresh, renews_after_commit):
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    warm(home_page.url)
    chrome.footer_text = "<p>Run by the Quillwort secretariat.</p>"
    renews_after_commit(chrome.save)
    assert "Quillwort secretariat" in fresh(home_page.url)


def test_a_document_renamed(story, report, warm, fresh, renews_after_commit):
    assert "Repairs findings" in warm(story.url)
    report.title = "Repairs: the findings"
    renews_after_commit(report.save)
    assert "Repairs: the findings" in fresh(story.url)


def test_an_image_changed(db, renews_after_commit):
    image = factories.ImageFactory()
    image.title = "Solar roofs"
    renews_after_commit(image.save)


def test_a_view_restriction(
    story, case_study_index, members_only, warm, fresh, renews_after_commit
):
    assert "Members only" not in warm(case_study_index.url)
    warm(story.url)
    renews_after_commit(lambda: members_only(story))
    assert "Members only" in fresh(case_study_index.url)
    fresh(story.url, status=302)


def test_a_funding_round(warm, fresh, renews_after_commit, visitor):
    assert "Community energy round" not in warm("/apply/")
    renews_after_commit(lambda: FundingRoundFactory(title="Community energy round"))
    assert "Community energy round" in fresh("/apply/")


def test_a_partner_organisation_renamed(db, renews_after_commit):
    partner = factories.PartnerOrganisationFactory(name="Solar Co-op")
    partner.name = "Solar Co-operative"
    renews_after_commit(partner.save)


def test_new_passages_for_search_by_meaning(story, renews_after_commit):
    renews_after_commit(
        lambda: passages_embedded.send(sender=None, kind="page", object_ids=[story.pk])
    )


def test_new_related_pages_by_meaning(story, renews_after_commit):
    renews_after_commit(lambda: similar_pages_changed.send(sender=None))


def test_a_restored_backup(story, warm, fresh):
    warm(story.url)
    before = stored_token()
    site_restored.send(sender=None, manifest={})
    assert stored_token() not in (None, before)
    fresh(story.url)


def test_a_draft_renews_nothing(story, warm, django_capture_on_commit_callbacks):
    warm(story.url)
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        story.title = "A draft title"
        story.save_revision()
        story.save_revision()  # an autosave writes the same fields again
    assert stored_token() == before
    assert "Tenant-led repairs" in warm(story.url)


def test_cards_kept_before_their_renditions_are_made_again_with_them(
    member, case_study_index, django_assert_num_queries
):
    """A profile's work is kept for the content generation with its images' renditions as they
    were: once the publishing task has made them, the work is read again, so no image costs a
    query of its own. (The cards themselves are drawn afresh here, as on the first request after
    a change, to see what the kept work holds.)"""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from core.renditions import make_page_renditions
    from tests.helpers.page_queries import drawing_kept_fragments

    story = factories.CaseStudyPageFactory(
        parent=case_study_index, lead_member=member, listing_image=factories.ImageFactory()
    )

    def steady_queries():
        Client().get(member.url)
        with drawing_kept_fragments(), CaptureQueriesContext(connection) as queries:
            Client().get(member.url)
        return len(queries.captured_queries)

    kept_without_renditions = steady_queries()
    make_page_renditions.call(story.pk)
    assert steady_queries() == kept_without_renditions - 1
