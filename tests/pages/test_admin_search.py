"""Wagtail's own search index, which the admin's search and choosers use (the public search
has its own, searchindex/): every page type is found as soon as it is saved, by the start of a
word of its title; its related names (themes, members, partners) are indexed with it; and each
snippet listing finds an item by the start of its name.

The test settings leave that index alone on saves (hub/settings/test.py); these tests turn its
updates back on, so every model's `search_fields` is indexed through the real backend."""

import pytest
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from casestudies.models import CaseStudyPage
from core.models import Principle
from search.models import Synonym
from searchlog.models import SuggestedSearch
from tests import factories

pytestmark = pytest.mark.django_db

PAGE_TYPES = {
    "case study": (factories.CaseStudyPageFactory, "case_study_index"),
    "toolkit": (factories.ToolkitPageFactory, "toolkit_index"),
    "lab": (factories.PolicyLabPageFactory, "lab_index"),
    "news": (factories.NewsPageFactory, "news_index"),
    "event": (factories.EventPageFactory, "event_index"),
    "member": (factories.MemberPageFactory, "member_index"),
    "standard page": (factories.StandardPageFactory, "home_page"),
}


@pytest.fixture(autouse=True)
def index_kept_up_to_date(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": True}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }


def admin_page_search(client, query):
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_the_admin_search_finds_each_page_type_by_its_title(request, admin_client, member, kind):
    make, parent = PAGE_TYPES[kind]
    lead = {"lead_member": member} if hasattr(make._meta.model, "lead_member") else {}
    make(parent=request.getfixturevalue(parent), title=f"Quillwort {kind}", **lead)
    factories.StandardPageFactory(parent=request.getfixturevalue("home_page"), title="Unrelated")

    found = admin_page_search(admin_client, "quillw")
    assert f"Quillwort {kind}" in found
    assert "Unrelated" not in found


def test_a_story_is_indexed_with_its_theme_lead_member_and_partner(case_study_index, member):
    allotments = factories.ThemeFactory(name="Allotment gardening", slug="allotments")
    partner = factories.PartnerOrganisationFactory(name="Marsh Housing Co-operative")
    story = factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Tenants run the estate",
        lead_member=member,
        themes=[allotments],
        partner_organisations=[partner],
    )
    # Published from the editor, as comms do: saved again once its relations are in place.
    story.save_revision().publish()

    backend = get_search_backend()
    for name in ("allotment", "Rochdale", "Marsh"):
        assert list(backend.search(name, CaseStudyPage)) == [story], name


def renamed_principle():
    principle = Principle.objects.get(number=3)
    principle.name = "Quillwort co-production"
    principle.save()
    return principle


# Each snippet listing, and how comms would add an item to it named "Quillwort ...".
SNIPPETS = {
    "members_partnerorganisation": lambda: factories.PartnerOrganisationFactory(
        name="Quillwort Energy Co-operative"
    ),
    "core_theme": lambda: factories.ThemeFactory(name="Quillwort meadows", slug="quillwort"),
    "core_region": lambda: factories.RegionFactory(name="Quillwort Vale", slug="quillwort"),
    "core_principle": renamed_principle,
    "search_synonym": lambda: Synonym.objects.create(terms="quillwort, quillworts"),
    "searchlog_suggestedsearch": lambda: SuggestedSearch.objects.create(query="quillwort walks"),
}


@pytest.mark.parametrize("listing", SNIPPETS)
def test_every_snippet_listing_finds_an_item_by_the_start_of_its_name(admin_client, listing):
    item = SNIPPETS[listing]()
    response = admin_client.get(reverse(f"wagtailsnippets_{listing}:list"), {"q": "quillw"})
    assert response.status_code == 200
    assert str(item) in response.content.decode()
