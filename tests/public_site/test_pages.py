"""Every page type renders and shows every field and link of the content graph."""

import re

import pytest
from django.test import Client
from wagtail.images import get_image_model

from core.renditions import LISTING_IMAGE_SPECS, LOGO_SPECS
from home.models import FeaturedCaseStudy, HomePage
from tests import factories


def get(url, **params):
    response = Client().get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_one_h1(html):
    assert len(re.findall(r"<h1[\s>]", html)) == 1


def assert_landmarks(html):
    assert '<html lang="en-GB">' in html
    assert '<a class="skip-link" href="#main-content">' in html
    assert '<main id="main-content"' in html
    assert "<header" in html and "<footer" in html


def test_home_page(graph, home_page, site_chrome):
    HomePage.objects.filter(pk=home_page.pk).update(introduction="<p>Welcome to the network.</p>")
    FeaturedCaseStudy.objects.create(home_page=home_page, case_study=graph["story"])
    html = get(home_page.url)
    assert_one_h1(html)
    assert_landmarks(html)
    assert "Welcome to the network." in html
    assert "Featured case studies" in html
    assert graph["story"].url in html
    assert "Browse all 2 case studies" in html
    assert graph["lab"].title in html
    assert graph["toolkit"].title in html
    # Member counts by type, each linking to the filtered member index.
    assert "/members/?member_type=full" in html
    assert re.search(r'member-counts__number">2</span> <span[^>]*>Full council members', html)
    assert re.search(r'member-counts__number">1</span> <span[^>]*>Affiliate<', html)
    assert 'name="q"' in html and 'action="/search/"' in html


def test_base_layout_shows_site_chrome(graph, home_page, site_chrome, case_study_index):
    html = get(case_study_index.url)
    assert '<nav class="primary-nav" aria-label="Main">' in html
    assert f'<a href="{case_study_index.url}" aria-current="page">Case studies</a>' in html
    assert '<a href="https://example.org/a11y">Accessibility</a>' in html
    assert "Run by its member councils." in html
    assert 'href="mailto:hello@example.org"' in html
    assert "<title>Case studies | CCIN Hub</title>" in html
    assert "/static/css/hub.css" in html


def test_navigation_falls_back_to_menu_pages(home_page, case_study_index):
    case_study_index.show_in_menus = True
    case_study_index.save_revision().publish()
    html = get(home_page.url)
    assert f'<a href="{case_study_index.url}">Case studies</a>' in html


def test_seo_title_and_description(home_page, case_study_index):
    case_study_index.seo_title = "Stories from co-operative councils"
    case_study_index.search_description = "How councils work with residents."
    case_study_index.save_revision().publish()
    html = get(case_study_index.url)
    assert "<title>Stories from co-operative councils | CCIN Hub</title>" in html
    assert '<meta name="description" content="How councils work with residents.">' in html


def test_standard_page(home_page):
    page = factories.StandardPageFactory(parent=home_page, title="About the network")
    html = get(page.url)
    assert_one_h1(html)
    assert "About the network" in html
    assert "How the network works." in html
    assert "The network is run by its members." in html
    assert 'aria-label="Breadcrumb"' in html


def test_case_study_page_shows_every_field_and_link(graph, case_study_index):
    story, lead, partner = graph["story"], graph["lead"], graph["partner"]
    toolkit = graph["toolkit"]
    html = get(story.url)
    assert_one_h1(html)
    assert_landmarks(html)
    assert "Residents own the solar panels on their estate." in html
    assert f'<a href="{lead.url}">Rochdale Borough Council</a>' in html
    assert f'<a href="{partner.url}">Hackney Council</a>' in html
    # A partner that is not a member is named, marked as such, and not linked to a profile.
    assert "Anthony Collins Solicitors" in html
    assert "not network members" in html
    assert f'href="{case_study_index.url}?theme=housing">Housing</a>' in html
    assert f'href="{case_study_index.url}?principle=co-production">3. Co-production</a>' in html
    assert f'href="{case_study_index.url}?year=2020">2020</a>' in html
    # Contacts, in order, each with the ways to reach them; tel: links hold digits only
    assert '<h2 id="contact-heading">Contacts</h2>' in html
    assert html.index("Jo Contact") < html.index("Ray Second")
    assert "Energy Lead" in html
    assert 'href="mailto:jo.contact@example.org"' in html
    assert 'href="tel:01610000000">0161 000 0000</a>' in html
    assert 'href="tel:+441706111222">+44 (0)1706 111 222</a>' in html
    # Body, key figures and quote
    assert "<h2>What happened</h2>" in html
    assert "<dd>£1.6m</dd>" in html and "kept in the local economy" in html
    assert "<blockquote><p>We own it together.</p></blockquote>" in html
    assert "<figcaption>A resident</figcaption>" in html
    # Related content, more from the lead member and the toolkit that references the story
    assert "Related content" in html
    assert graph["older_story"].url in html
    assert "More from Rochdale Borough Council" in html
    assert f'href="{case_study_index.url}?member=rochdale-borough-council"' in html
    assert f'<a href="{toolkit.url}">Co-operative governance toolkit</a>' in html
    # Breadcrumbs end with the current page
    assert f'<a href="{story.url}" aria-current="page">' in html
    # The listing image is a responsive rendition with its description as alt text
    assert 'alt="Alt text for Solar roofs"' in html
    assert "srcset=" in html and ".webp" in html


def test_member_page_shows_profile_and_its_work(graph, member_index):
    lead = graph["lead"]
    html = get(lead.url)
    assert_one_h1(html)
    assert "Full council member" in html
    assert "Local authority" in html
    assert f'href="{member_index.url}?region=north-west">North West</a>' in html
    assert f'href="{member_index.url}?member_type=full">' in html
    assert '<a href="https://www.rochdale.gov.uk/">rochdale.gov.uk</a>' in html
    assert "2013" in html
    assert "Cllr Ada Lovelace, Cabinet Member for Communities" in html
    assert "Officer contact" in html and "Sam Officer" in html and "Policy Officer" in html
    assert 'href="mailto:sam.officer@example.org"' in html
    assert 'alt="Rochdale Council logo"' in html
    # Its stories, the lab it led and the toolkit from that lab
    assert graph["story"].url in html and graph["older_story"].url in html
    assert graph["lab"].url in html
    assert graph["toolkit"].url in html


def test_partner_member_page_lists_labs_it_joined(graph):
    html = get(graph["partner"].url)
    assert graph["lab"].url in html
    assert graph["story"].url in html
    assert "Led by Rochdale Borough Council" in html


def test_member_page_without_work_says_so(member):
    html = get(member.url)
    assert "No case studies from Rochdale Borough Council yet." in html
    assert "has not led or joined a policy lab yet" in html


def test_lab_page_shows_every_field_and_link(graph, lab_index):
    lab = graph["lab"]
    html = get(lab.url)
    assert_one_h1(html)
    assert "Policy lab, funding round 2024/25" in html
    assert "£19,760" in html and "£19,760.00" not in html
    assert f'href="{lab_index.url}?status=completed">Completed</a>' in html
    assert f'href="{lab_index.url}?round=2024">2024/25</a>' in html
    assert f'<a href="{graph["lead"].url}">Rochdale Borough Council</a>' in html
    assert f'<a href="{graph["partner"].url}">Hackney Council</a>' in html
    assert "Anthony Collins Solicitors" in html
    assert "Rochdale and partners test co-operative governance" in html
    assert "Aims: shared governance that residents can join." in html
    assert "The co-operative difference" in html
    assert "Residents sat on the board from day one." in html
    # Final report and outputs with file type and size
    assert graph["report"].url in html
    assert "Final report" in html
    assert "(TXT, 1.2\xa0MB)" in html
    assert graph["guide"].url in html and "Workshop materials" in html
    assert "(TXT, 2.0\xa0KB)" in html
    assert f'<a href="{graph["toolkit"].url}">Co-operative governance toolkit</a>' in html
    assert f'href="{lab_index.url}?theme=housing">Housing</a>' in html
    assert "3. Co-production" in html
    assert "Lab Lead" in html and "mailto:lab.lead@example.org" in html


def test_toolkit_page_shows_every_field_and_link(graph, toolkit_index):
    toolkit = graph["toolkit"]
    html = get(toolkit.url)
    assert_one_h1(html)
    assert "Officers setting up council companies" in html
    assert "Use this with your legal team." in html
    steps = re.search(r'<ol class="steps">(.*?)</ol>', html, re.S).group(1)
    assert steps.index("Map who is affected") < steps.index("Invite residents")
    assert steps.count('<li class="step">') == 2
    assert "Resources for this step" in steps and graph["guide"].url in steps
    assert "Downloadable resources" in html and "A workshop plan" in html
    assert f'<a href="{graph["lab"].url}">Co-operative Governance</a>' in html
    assert graph["story"].url in html
    assert f'href="{toolkit_index.url}?theme=housing">Housing</a>' in html
    assert f'href="{toolkit_index.url}?principle=co-production">' in html


@pytest.mark.parametrize(
    "fixture_name",
    ["member_index", "case_study_index", "toolkit_index", "lab_index"],
)
def test_index_pages_render(graph, request, fixture_name):
    index = request.getfixturevalue(fixture_name)
    html = get(index.url)
    assert_one_h1(html)
    assert_landmarks(html)
    assert '<ul class="card-grid">' in html
    # Filters only where they can narrow the listing: the graph has one toolkit and one lab.
    if index.get_children().count() > 1:
        assert "Apply filters" in html
        assert f'<a href="{index.url}">Clear filters</a>' in html
    else:
        assert "Apply filters" not in html


def test_cards_request_exactly_the_prefetched_rendition_specs(
    graph, case_study_index, member_index
):
    """The templates ask for the renditions the selectors prefetch, so none is fetched per card."""
    rendition_model = get_image_model().get_rendition_model()
    get(case_study_index.url)
    story_image = graph["story"].listing_image
    assert set(
        rendition_model.objects.filter(image=story_image).values_list("filter_spec", flat=True)
    ) == set(LISTING_IMAGE_SPECS)
    get(member_index.url)
    logo = graph["lead"].logo
    assert set(
        rendition_model.objects.filter(image=logo).values_list("filter_spec", flat=True)
    ) == set(LOGO_SPECS)
