"""Property-based fuzzing of every public input: no server error, no reflected markup.

Hypothesis draws hostile query strings and form posts (random unicode, nulls, huge values,
repeated and unknown parameters, markup probes); every response must be below 500 and carry no
probe as live markup. The "ci" profile (tests/conftest.py) keeps the examples the same on every
run; HYPOTHESIS_PROFILE=dev explores new ones.
"""

import pytest
from django.http import HttpResponse, JsonResponse
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from hypothesis import given, settings
from hypothesis import strategies as st

from applications.models import APPLICANT_ANSWERS

from .checks import assert_safe
from .strategies import PROBES, encode, hostile_text, query_pairs

pytestmark = pytest.mark.django_db

SEARCH_PARAMS = ["q", "page", "page_size", "sort", "type", "theme", "principle", "region"]
SEARCH_PARAMS += ["member", "year"]
FILTER_PARAMS = ["theme", "principle", "region", "member", "year", "status", "kind", "round"]
FILTER_PARAMS += ["member_type", "page", "q"]
# The form's fields: the lead, the applicant's answers, and the honeypot.
APPLICATION_FIELDS = ["lead_member", "lead_organisation_name", *APPLICANT_ANSWERS, "website"]


def get(client, path, pairs):
    return client.get(f"{path}?{encode(pairs)}", REMOTE_ADDR="198.51.100.7")


@settings(max_examples=25)
@given(pairs=query_pairs(SEARCH_PARAMS), q=hostile_text)
def test_search_page_json_and_suggestions(fuzz_site, pairs, q):
    client = Client()
    for path in ("/search/", "/api/search/", "/api/search/suggest/"):
        assert_safe(get(client, path, [("q", q), *pairs]))


@settings(max_examples=15)
@given(pairs=query_pairs(FILTER_PARAMS))
def test_every_index_pages_filters(fuzz_site, pairs):
    client = Client()
    for index in fuzz_site["indexes"]:
        assert_safe(get(client, index.url, pairs))


def valid_application(site):
    return {
        "lead_member": str(site["member"].pk),
        "contact_name": "Helen Chicot",
        "contact_job_title": "Prevention Lead",
        "contact_phone": "01706 925925",
        "contact_email": "helen@example.org",
        "project_title": "Democratising Policy Solutions",
        "amount_requested": "15000",
        "summary": "A policy lab on co-operative engagement.",
        "partner_members": [str(page.pk) for page in site["partners"]],
        "idea_and_budget": "Shared spaces.",
        "outcomes": "A delivery model.",
        "network_aims": "Democratic engagement.",
        "principles": ["1"],
        "values_and_principles": "Self-help.",
        "sharing_learning": "A report.",
        "agrees_to_show_cooperative_difference": "on",
    }


form_value = st.one_of(hostile_text, st.lists(hostile_text, max_size=3))


@settings(max_examples=25)
@given(
    changes=st.dictionaries(
        st.one_of(st.sampled_from(APPLICATION_FIELDS), st.text(min_size=1, max_size=10)),
        form_value,
        max_size=6,
    ),
    start_valid=st.booleans(),
)
def test_application_form(fuzz_site, changes, start_valid):
    client = Client()
    data = {**(valid_application(fuzz_site) if start_valid else {}), **changes}
    url = reverse("apply:apply", kwargs={"slug": fuzz_site["round"].slug})
    assert_safe(client.post(url, data, REMOTE_ADDR="198.51.100.8"))


@settings(max_examples=20)
@given(
    username=hostile_text,
    password=hostile_text,
    extra=st.dictionaries(
        st.sampled_from(["next", "remember", "csrfmiddlewaretoken"]), hostile_text
    ),
)
def test_sign_in(fuzz_site, django_user_model, username, password, extra):
    client = Client()
    response = client.post(
        reverse("accounts:login") + "?" + encode([("next", extra.get("next", "/"))]),
        {"username": username, "password": password, **extra},
        REMOTE_ADDR="198.51.100.9",
    )
    assert_safe(response)


@pytest.mark.parametrize("probe", PROBES)
def test_the_check_catches_a_reflected_probe(probe):
    with pytest.raises(AssertionError):
        assert_safe(HttpResponse(f"<p>You searched for {probe}</p>"))
    assert_safe(HttpResponse(f"<p>You searched for {escape(probe)}</p>"))


def test_the_check_catches_a_server_error_and_sniffable_json():
    with pytest.raises(AssertionError):
        assert_safe(HttpResponse(status=500))
    with pytest.raises(AssertionError):
        assert_safe(JsonResponse({"q": PROBES[0]}))  # no nosniff header outside the stack
