"""Scheduled publishing, revisions and comparison work for every page type."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision, get_page_models

from tests import factories

PROJECT_APPS = {"home", "members", "casestudies", "toolkits", "labs"}


@pytest.fixture
def one_page_of_each_type(home_page, member_index, case_study_index, toolkit_index, lab_index):
    # The migrations' home page has no introduction yet, which the page requires.
    home_page.introduction = home_page.introduction or "<p>Welcome to the network.</p>"
    home_page.save()
    member = factories.MemberPageFactory(parent=member_index, title="Preston City Council")
    pages = [
        home_page,
        factories.StandardPageFactory(parent=home_page),
        member_index,
        member,
        case_study_index,
        factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member),
        toolkit_index,
        factories.ToolkitPageFactory(parent=toolkit_index),
        lab_index,
        factories.PolicyLabPageFactory(parent=lab_index, lead_member=member),
    ]
    for page in pages:
        # Published once through a revision, as every page edited in the admin is.
        page.save_revision().publish()
    return [Page.objects.get(pk=page.pk).specific for page in pages]


def test_the_fixture_covers_every_page_type(one_page_of_each_type):
    project_types = {model for model in get_page_models() if model._meta.app_label in PROJECT_APPS}
    assert {type(page) for page in one_page_of_each_type} == project_types


def test_scheduled_publishing_for_every_page_type(one_page_of_each_type, comms_user):
    go_live_at = timezone.now() + timedelta(hours=2)
    for page in one_page_of_each_type:
        page.title = f"{page.title} (scheduled)"
        page.go_live_at = go_live_at
        page.save_revision(user=comms_user).publish(user=comms_user)

    for page in one_page_of_each_type:
        page = Page.objects.get(pk=page.pk)
        assert not page.title.endswith("(scheduled)"), f"{page} published too early"
        assert page.scheduled_revision is not None

    call_command("publish_scheduled")  # nothing is due yet
    assert not Page.objects.filter(title__endswith="(scheduled)").exists()

    assert Revision.objects.filter(approved_go_live_at=go_live_at).count() == len(
        one_page_of_each_type
    )
    # Three hours pass.
    later = timezone.now() + timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    for page in one_page_of_each_type:
        page = Page.objects.get(pk=page.pk)
        assert page.live
        assert page.title.endswith("(scheduled)"), f"{type(page.specific).__name__} not published"
        assert page.scheduled_revision is None


def test_revisions_and_comparison_for_every_page_type(one_page_of_each_type, comms_client):
    for page in one_page_of_each_type:
        first = page.save_revision()
        page.title = f"{page.title}, revised"
        second = page.save_revision()

        name = type(page).__name__
        history = comms_client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
        assert history.status_code == 200, name

        compare = comms_client.get(
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
        )
        assert compare.status_code == 200, name
        assert "revised" in compare.content.decode(), name

        live = comms_client.get(
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", "latest"])
        )
        assert live.status_code == 200, name


def test_viewing_an_old_revision_for_every_page_type(one_page_of_each_type, comms_client):
    comms_client.raise_request_exception = False
    broken = []
    for page in one_page_of_each_type:
        first = page.save_revision()
        page.title = f"{page.title}, revised"
        page.save_revision()
        url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, first.pk])
        if comms_client.get(url).status_code != 200:
            broken.append(type(page).__name__)
    assert broken == []
