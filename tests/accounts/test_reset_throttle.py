"""Password-reset emails: a few an hour per asking address and per recipient, silently."""

import pytest
from django.core import mail
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def ask_for_reset(client, email, url="/account/password-reset/"):
    return client.post(url, {"email": email})


def test_one_recipient_gets_only_a_few_reset_emails_an_hour(member_user):
    responses = [
        ask_for_reset(Client(REMOTE_ADDR=f"203.0.113.{n}"), "ada@example.org") for n in range(10)
    ]
    assert len(mail.outbox) == 3
    # Every asker sees the same page, sent or not.
    assert {response.status_code for response in responses} == {302}
    assert {response["Location"] for response in responses} == {"/account/password-reset/sent/"}


def test_one_address_asks_for_only_a_few_reset_emails_an_hour(django_user_model):
    for n in range(10):
        django_user_model.objects.create_user(f"member{n}", f"member{n}@example.org", "pw")
    client = Client(REMOTE_ADDR="203.0.113.1")
    for n in range(10):
        ask_for_reset(client, f"member{n}@example.org")
    assert len(mail.outbox) == 5


def test_the_limit_does_not_reveal_whether_an_account_exists(client, member_user):
    for _ in range(5):
        ask_for_reset(client, "ada@example.org")
    known = ask_for_reset(client, "ada@example.org")
    unknown = ask_for_reset(client, "nobody@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


@override_settings(PASSWORD_RESET_EMAILS_PER_RECIPIENT=1)
def test_limits_come_from_settings(member_user):
    ask_for_reset(Client(REMOTE_ADDR="203.0.113.1"), "ada@example.org")
    ask_for_reset(Client(REMOTE_ADDR="203.0.113.2"), "ada@example.org")
    assert len(mail.outbox) == 1


def test_admin_password_reset_is_throttled_too(member_user):
    for n in range(10):
        response = ask_for_reset(
            Client(REMOTE_ADDR=f"203.0.113.{n}"), "ada@example.org", url="/admin/password_reset/"
        )
        assert response.status_code == 302
    assert len(mail.outbox) == 3


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_address_does_not_reset_the_count(django_user_model):
    for n in range(10):
        django_user_model.objects.create_user(f"member{n}", f"member{n}@example.org", "pw")
    client = Client(REMOTE_ADDR="10.0.0.1")
    for n in range(10):
        client.post(
            "/account/password-reset/",
            {"email": f"member{n}@example.org"},
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7",
        )
    assert len(mail.outbox) == 5
