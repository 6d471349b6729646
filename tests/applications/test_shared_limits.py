"""The application limits hold across concurrent requests, forged headers and recipients."""

import threading
import time

import pytest
from django.core import mail
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import Client

from applications.models import Application

from .application_form import apply_url, post


def concurrent_posts(url, data, attempts=16, **extra):
    """POST from many threads at once, as many web processes would; the status codes."""
    barrier = threading.Barrier(attempts)
    statuses = []

    def attempt():
        client = Client()
        barrier.wait()
        try:
            statuses.append(client.post(url, data, **extra).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(statuses) == attempts
    return statuses


@pytest.fixture
def cache_latency(monkeypatch):
    """Reads from the cache take a moment, as they do over the network to a shared cache."""
    original = LocMemCache.get

    def slow_get(self, *args, **kwargs):
        time.sleep(0.02)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(LocMemCache, "get", slow_get)


@pytest.mark.committing
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_submissions_from_one_address_stop_at_the_limit(
    open_round, form_data, settings, cache_latency
):
    # Honeypot submissions count like real ones and write nothing, so the threads only race
    # on the limit. Signed-cookie sessions keep the database out of it too.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
    statuses = concurrent_posts(
        apply_url(open_round), {**form_data, "website": "spam"}, REMOTE_ADDR="203.0.113.7"
    )
    assert statuses.count(302) == 5
    assert statuses.count(429) == 11


@pytest.mark.django_db
def test_forged_leftmost_addresses_share_the_proxys_count(client, open_round, form_data, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    statuses = [
        post(
            client, open_round, form_data, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 192.0.2.50"
        ).status_code
        for n in range(16)
    ]
    assert statuses.count(302) == 5
    assert Application.objects.count() == 5


@pytest.mark.django_db
def test_confirmation_emails_are_limited_per_recipient(client, open_round, form_data, settings):
    settings.COMMS_EMAIL = "comms@example.org"
    # One address typed into applications sent from many connections.
    for n in range(6):
        response = post(client, open_round, form_data, REMOTE_ADDR=f"203.0.113.{n}")
        assert response.status_code == 302
    assert Application.objects.count() == 6
    to_applicant = [message for message in mail.outbox if message.to == ["helen@example.org"]]
    to_comms = [message for message in mail.outbox if message.to == ["comms@example.org"]]
    assert len(to_applicant) == 3
    assert len(to_comms) == 6
    # The confirmation page does not claim a copy was sent when none was.
    page = client.get(response["Location"]).content.decode()
    assert "We have sent a copy" not in page
    # Another recipient is unaffected.
    post(
        client,
        open_round,
        {**form_data, "contact_email": "other@example.org"},
        REMOTE_ADDR="10.1.1.1",
    )
    assert mail.outbox[-2].to == ["other@example.org"]


@pytest.mark.django_db
def test_a_form_to_correct_gives_its_claim_back(client, open_round, form_data):
    for _ in range(10):
        post(client, open_round, {**form_data, "project_title": ""})
    for _ in range(5):
        assert post(client, open_round, form_data).status_code == 302
    assert post(client, open_round, form_data).status_code == 429
