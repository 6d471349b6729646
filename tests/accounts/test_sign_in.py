"""Members sign in, sign out, reset and change their password."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from core.models import SiteChrome
from tests.helpers.accounts import MEMBER_PASSWORD

pytestmark = pytest.mark.django_db


def test_login_page_is_an_accessible_form(client):
    html = client.get("/account/login/").content.decode()
    assert "<h1>Sign in</h1>" in html
    assert '<label class="label" for="id_username">' in html
    assert 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html
    assert 'href="/account/password-reset/"' in html


def test_sign_in_with_username_and_return_to_next(client, member_user):
    response = client.post(
        "/account/login/",
        {"username": "ada", "password": MEMBER_PASSWORD, "next": "/case-studies/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/case-studies/"
    assert client.session["_auth_user_id"] == str(member_user.pk)


def test_forms_carry_the_csrf_token(member_user):
    """Real browsers are held to CSRF checks; the test client is not, unless asked."""
    client = Client(enforce_csrf_checks=True)
    for url in ("/account/login/", "/account/password-reset/"):
        html = client.get(url).content.decode()
        assert 'name="csrfmiddlewaretoken"' in html, url
    html = client.get("/account/login/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = client.post(
        "/account/login/",
        {"username": "ada", "password": MEMBER_PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    client.force_login(member_user)
    html = client.get("/account/password-change/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in html


def test_sign_in_with_email_address(client, member_user):
    response = client.post(
        "/account/login/", {"username": "ADA@example.org", "password": MEMBER_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session["_auth_user_id"] == str(member_user.pk)


def test_shared_email_address_signs_no_one_in(client, member_user, django_user_model):
    django_user_model.objects.create_user("ada2", email="ada@example.org", password=MEMBER_PASSWORD)
    response = client.post(
        "/account/login/", {"username": "ada@example.org", "password": MEMBER_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_sign_in_from_an_account_page_goes_home(client, member_user):
    response = client.post(
        "/account/login/?next=/account/logout/",
        {"username": "ada", "password": MEMBER_PASSWORD, "next": "/account/logout/"},
    )
    assert response["Location"] == "/"


def test_sign_in_refuses_an_unsafe_next(client, member_user):
    response = client.post(
        "/account/login/",
        {"username": "ada", "password": MEMBER_PASSWORD, "next": "https://evil.example.com/"},
    )
    assert response["Location"] == "/"


def test_wrong_password_shows_error_summary_and_keeps_username(client, member_user):
    response = client.post("/account/login/", {"username": "ada", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: Sign in | CCIN Hub</title>" in html
    assert 'class="error-summary"' in html
    assert "Enter a correct" in html
    assert 'value="ada"' in html
    assert "_auth_user_id" not in client.session


def test_empty_form_links_each_error_to_its_field(client):
    html = client.post("/account/login/", {}).content.decode()
    assert '<a href="#id_username">This field is required.</a>' in html
    assert '<a href="#id_password">This field is required.</a>' in html


def test_inactive_user_cannot_sign_in(client, member_user):
    member_user.is_active = False
    member_user.save()
    client.post("/account/login/", {"username": "ada", "password": MEMBER_PASSWORD})
    assert "_auth_user_id" not in client.session


def test_header_offers_sign_in_then_sign_out(client, member_user, home_page):
    html = client.get("/").content.decode()
    assert 'href="/account/login/?next=/"' in html
    assert 'action="/account/logout/"' not in html

    client.force_login(member_user)
    html = client.get("/").content.decode()
    assert re.search(r'<form[^>]*method="post"[^>]*action="/account/logout/"', html)
    assert "Sign out" in html


def test_sign_out_is_a_post(member_client):
    assert member_client.get("/account/logout/").status_code == 405
    response = member_client.post("/account/logout/")
    assert response.status_code == 200
    assert "You have signed out" in response.content.decode()
    assert "_auth_user_id" not in member_client.session


def test_password_reset_email_flow(client, member_user):
    response = client.get("/account/password-reset/")
    assert 'autocomplete="email"' in response.content.decode()

    response = client.post("/account/password-reset/", {"email": "ada@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ada@example.org"]
    assert message.subject == "Reset your CCIN Hub password"
    assert "Hello Ada" in message.body
    link = re.search(r"http://testserver(/account/reset/\S+/)", message.body).group(1)

    # The link redirects to a token-free address, which shows the new-password form.
    response = client.get(link, follow=True)
    html = response.content.decode()
    assert "Choose a new password" in html
    assert 'autocomplete="new-password"' in html
    form_url = response.redirect_chain[-1][0]

    new_password = "another-long-password-2"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_complete")
    member_user.refresh_from_db()
    assert member_user.check_password(new_password)

    # The link works once.
    html = client.get(link, follow=True).content.decode()
    assert "This link has expired" in html


def test_password_reset_mismatch_is_reported(client, member_user):
    client.post("/account/password-reset/", {"email": "ada@example.org"})
    link = re.search(r"http://testserver(/account/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "long-password-one-1", "new_password2": "long-password-two-2"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert "didn’t match" in html


def test_password_reset_for_unknown_address_sends_nothing_and_says_the_same(client, db):
    response = client.post("/account/password-reset/", {"email": "nobody@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_password_change_needs_sign_in(client, db):
    response = client.get("/account/password-change/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/account/password-change/"


def test_password_change(member_client, member_user):
    new_password = "another-long-password-2"
    response = member_client.post(
        "/account/password-change/",
        {
            "old_password": MEMBER_PASSWORD,
            "new_password1": new_password,
            "new_password2": new_password,
        },
    )
    assert response["Location"] == reverse("accounts:password_change_done")
    member_user.refresh_from_db()
    assert member_user.check_password(new_password)


def network_contact(address):
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.contact_email = address
    chrome.save()


def test_sign_in_page_links_to_the_comms_team_by_email(client):
    network_contact("comms@example.org")
    html = client.get("/account/login/").content.decode()
    assert (
        'can join: contact <a href="mailto:comms@example.org">the network\'s comms team</a>.'
        in html
    )


def test_sign_in_page_names_the_comms_team_without_an_address(client):
    network_contact("")
    html = client.get("/account/login/").content.decode()
    assert "can join: contact the network's comms team." in html
    assert "mailto:" not in html.split('<main id="main-content"')[1]
