"""A listing's card grid, and a member profile's sections of work, are drawn once for the content
generation (`{% kept %}`, core/templatetags/kept_tags.py) and read back after: named by the page,
the items shown and which of them the viewer may open, so every viewer and every change still
gets the right cards."""

import re

import pytest
from django.template import engines
from django.test import Client, RequestFactory

from tests import factories


def card_titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)<', response.content.decode())


def drew_cards(response):
    return "components/_card.html" in {template.name for template in response.templates}


@pytest.fixture
def stories(case_study_index, member):
    return [
        factories.CaseStudyPageFactory(parent=case_study_index, title=title, lead_member=member)
        for title in ("Community wealth fund", "Tenant-led repairs")
    ]


def test_the_card_grid_is_drawn_once_then_read(client, stories):
    first = client.get("/case-studies/")
    again = client.get("/case-studies/")
    assert drew_cards(first) and not drew_cards(again)
    assert (
        sorted(card_titles(again))
        == sorted(card_titles(first))
        == sorted(story.title for story in stories)
    )


def test_a_filtered_page_showing_other_items_draws_its_own_grid(client, stories, member):
    client.get("/case-studies/")
    other = factories.MemberPageFactory(parent=member.get_parent(), title="Other Council")
    factories.CaseStudyPageFactory(
        parent=stories[0].get_parent(), title="Other council story", lead_member=other
    )
    filtered = client.get(f"/case-studies/?member={other.slug}")
    assert card_titles(filtered) == ["Other council story"]


def test_a_published_change_is_drawn_at_once(client, stories):
    client.get("/case-studies/")
    story = stories[0]
    story.title = "Community wealth fund, second year"
    story.save_revision().publish()
    response = client.get("/case-studies/")
    assert drew_cards(response)
    assert "Community wealth fund, second year" in card_titles(response)


@pytest.mark.parametrize("where", ["listing", "profile"])
def test_members_and_the_public_each_get_their_own_cards(
    where, member_user, stories, member, make_members_only
):
    url = "/case-studies/" if where == "listing" else member.url
    private = stories[1]
    make_members_only(private)
    public_client, members_client = Client(), Client()
    members_client.force_login(member_user)

    def private_card(client):
        html = client.get(url).content.decode()
        return next(
            card
            for card in re.findall(r'<article class="card.*?</article>', html, flags=re.S)
            if private.title in card
        )

    assert "Members only" in private_card(public_client)
    assert "Members only" not in private_card(members_client)
    assert "Members only" in private_card(public_client)
    assert "Members only" not in private_card(members_client)


def test_a_member_profiles_work_is_drawn_once_then_read(client, stories, member):
    first = client.get(member.url)
    again = client.get(member.url)
    assert drew_cards(first) and not drew_cards(again)
    assert sorted(card_titles(again)) == sorted(card_titles(first))
    assert {story.title for story in stories} <= set(card_titles(again))


def test_a_change_to_a_members_work_shows_on_its_profile_at_once(client, stories, member):
    client.get(member.url)
    factories.CaseStudyPageFactory(
        parent=stories[0].get_parent(), title="Shared kitchens", lead_member=member
    )
    response = client.get(member.url)
    assert drew_cards(response)
    assert "Shared kitchens" in card_titles(response)


def test_a_preview_is_drawn_afresh_every_time(db, home_page):
    fragment = engines["django"].from_string(
        '{% load kept_tags %}{% kept "a-test-fragment" %}{{ number }}{% endkept %}'
    )
    request = RequestFactory().get("/")
    assert fragment.render({"number": 1}, request) == "1"
    assert fragment.render({"number": 2}, request) == "1"
    request.is_preview = True
    assert fragment.render({"number": 3}, request) == "3"
