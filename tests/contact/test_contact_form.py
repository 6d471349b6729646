"""The contact form: a message reaches comms by email, spam and floods do not, nothing typed is
lost on an error, and the sign-in page points to it."""

import html as html_lib

import pytest
from django.core import mail
from django.test import override_settings

from contact import ratelimit
from contact.models import ContactPage
from home.models import HomePage


def post(client, page, data, **extra):
    return client.post(page.url, data, **extra)


def test_the_form_asks_for_each_answer_with_a_label(client, contact_page):
    response = client.get(contact_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Your name", "Your email address", "What is it about?", "Your message"):
        assert label in html
    assert 'autocomplete="email"' in html
    assert "Write to the comms team." in html
    # The bots' trap is out of sight and out of the accessibility tree.
    assert '<div class="hp-field" aria-hidden="true">' in html
    assert 'tabindex="-1"' in html
    assert "no-store" in response["Cache-Control"]


def test_a_message_is_emailed_to_comms_who_can_reply_to_the_sender(
    client, contact_page, comms_inbox, message
):
    response = post(client, contact_page, message)
    assert response.status_code == 302
    assert response["Location"] == contact_page.url + "sent/"
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [comms_inbox]
    assert email.reply_to == ["ada@example.org"]
    assert email.subject == "Contact form: Joining the network or membership from Ada Lovelace"
    assert "How does our town council join the network?" in email.body
    assert "Organisation: Rochdale Borough Council" in email.body

    confirmation = client.get(response["Location"])
    text = html_lib.unescape(confirmation.content.decode())
    assert "Message sent" in text
    assert "Thank you, Ada Lovelace. Your message is with the network's comms team" in text
    assert "ada@example.org" in text
    assert "We reply within five working days." in text
    # Shown once: coming back to it later leads to the form.
    assert client.get(response["Location"])["Location"] == contact_page.url


@override_settings(COMMS_EMAIL="fallback@example.org")
def test_without_a_contact_email_messages_go_to_the_comms_email_setting(
    client, contact_page, message
):
    post(client, contact_page, message)
    assert mail.outbox[0].to == ["fallback@example.org"]


def test_a_name_on_several_lines_stays_on_one_in_the_subject(client, contact_page, message):
    post(client, contact_page, {**message, "name": "Ada\r\nBcc: victim@example.org"})
    assert mail.outbox[0].subject.endswith("from Ada Bcc: victim@example.org")
    assert "\n" not in mail.outbox[0].subject


def test_errors_are_summarised_and_nothing_typed_is_lost(client, contact_page, message):
    response = post(client, contact_page, {**message, "email": "not an address", "topic": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: Contact us" in html
    assert 'class="error-summary" role="alert"' in html
    assert '<a href="#id_email">Enter an email address in the right form' in html
    assert '<a href="#id_topic">Choose what your message is about</a>' in html
    assert 'value="Ada Lovelace"' in html
    assert 'value="not an address"' in html
    assert "How does our town council join the network?</textarea>" in html
    assert mail.outbox == []


def test_an_unknown_topic_or_an_overlong_message_is_refused(client, contact_page, message):
    response = post(client, contact_page, {**message, "topic": "prizes", "message": "x" * 5001})
    html = html_lib.unescape(response.content.decode())
    assert "Choose what your message is about from the list" in html
    assert "Keep this to 5000 characters or fewer" in html
    assert mail.outbox == []


def test_a_bot_filling_the_trap_sees_a_confirmation_but_nothing_is_sent(
    client, contact_page, message
):
    response = post(client, contact_page, {**message, "website": "https://spam.example"})
    assert response.status_code == 302
    assert mail.outbox == []
    assert "Message sent" in client.get(response["Location"]).content.decode()


def test_messages_from_one_connection_are_limited(client, contact_page, message):
    for _ in range(ratelimit.MESSAGES_PER_WINDOW):
        assert post(client, contact_page, message, REMOTE_ADDR="10.0.0.1").status_code == 302
    response = post(client, contact_page, message, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many messages have been sent from your connection" in html
    assert 'value="Ada Lovelace"' in html  # kept while waiting
    assert len(mail.outbox) == ratelimit.MESSAGES_PER_WINDOW
    # Another connection is not held back.
    assert post(client, contact_page, message, REMOTE_ADDR="10.0.0.2").status_code == 302


def test_a_form_to_correct_does_not_count_against_the_limit(client, contact_page, message):
    for _ in range(ratelimit.MESSAGES_PER_WINDOW + 2):
        assert post(client, contact_page, {**message, "email": ""}).status_code == 200
    assert post(client, contact_page, message).status_code == 302


def test_a_message_the_mail_server_refuses_is_kept_on_the_form(
    client, contact_page, message, monkeypatch
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.message.EmailMessage.send", refuse)
    response = post(client, contact_page, message)
    assert response.status_code == 503
    html = response.content.decode()
    assert "Your message could not be sent just now" in html
    assert "How does our town council join the network?</textarea>" in html


def test_the_contact_page_lives_once_under_the_home_page(contact_page):
    assert set(ContactPage.allowed_parent_page_models()) == {HomePage}
    assert ContactPage.allowed_subpage_models() == []
    assert not ContactPage.can_create_at(contact_page.get_parent())


def test_the_sign_in_page_links_to_the_contact_form(client, contact_page, comms_inbox):
    html = client.get("/account/login/").content.decode()
    assert f'can join: contact <a href="{contact_page.url}">the network\'s comms team</a>.' in html


@pytest.mark.django_db
def test_without_a_contact_page_the_sign_in_page_links_to_the_email(client, comms_inbox):
    html = client.get("/account/login/").content.decode()
    assert 'contact <a href="mailto:comms@example.org">the network\'s comms team</a>.' in html
