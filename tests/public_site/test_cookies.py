"""The hub sets only essential cookies, and the cookie statement names every one it sets."""

import pytest
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import Client

from tests.factories import FundingRoundFactory
from tests.helpers.standard_pages import cookie_names_in_statement

PASSWORD = "a-long-members-password-1"


def cookies_set(response):
    return set(response.cookies)


def test_reading_public_pages_sets_no_cookies(home_page, case_study_index, member):
    client = Client()
    for url in (home_page.url, case_study_index.url, member.url, "/search/?q=housing", "/apply/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert cookies_set(response) == set(), url


def test_forms_set_only_the_csrf_cookie(db):
    funding_round = FundingRoundFactory()
    for url in ("/account/login/", funding_round.get_absolute_url()):
        assert cookies_set(Client().get(url)) == {settings.CSRF_COOKIE_NAME}, url


def test_signing_in_sets_the_session_cookie(django_user_model):
    django_user_model.objects.create_user("ada", email="ada@example.org", password=PASSWORD)
    client = Client()
    client.get("/account/login/")
    response = client.post("/account/login/", {"username": "ada", "password": PASSWORD})
    assert response.status_code == 302
    assert cookies_set(response) <= {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}
    assert settings.SESSION_COOKIE_NAME in cookies_set(response)


@pytest.mark.parametrize(
    "name",
    [settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, CookieStorage.cookie_name],
)
def test_cookie_statement_names_each_cookie_the_hub_sets(name):
    assert name in cookie_names_in_statement()
