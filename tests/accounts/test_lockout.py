"""Repeated wrong passwords lock sign-in, from that address, on every form that takes one."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.db.models import F
from django.test import Client, override_settings
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from tests import factories
from tests.helpers.accounts import MEMBER_PASSWORD

pytestmark = pytest.mark.django_db

ADMIN_PASSWORD = "an-administrators-password-7"


def sign_in(client, username, password, url="/account/login/", **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def guess(client, url, username, times, **extra):
    for attempt in range(times):
        sign_in(client, username, f"wrong-{attempt}", url=url, **extra)


def signed_in(client):
    return "_auth_user_id" in client.session


def let_cool_off_pass():
    """Move every recorded failure back past the cool-off, as waiting would."""
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", ADMIN_PASSWORD)


def test_members_sign_in_locks_after_wrong_passwords(client, member_user):
    guess(client, "/account/login/", "ada", 30)
    response = sign_in(client, "ada", MEMBER_PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert "Too many attempts" in html
    assert "You can try again after" in html
    assert 'href="/account/password-reset/"' in html


def test_lockout_starts_at_the_limit(client, member_user):
    guess(client, "/account/login/", "ada", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, "ada", MEMBER_PASSWORD).status_code == 302
    assert signed_in(client)


def test_fifth_wrong_password_shows_the_lockout_page(client, member_user):
    guess(client, "/account/login/", "ada", settings.AXES_FAILURE_LIMIT - 1)
    response = sign_in(client, "ada", "still-wrong")
    assert response.status_code == 429


def test_right_password_works_again_after_the_cool_off(client, member_user):
    guess(client, "/account/login/", "ada", 30)
    let_cool_off_pass()
    response = sign_in(client, "ada", MEMBER_PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_attempts_during_a_lockout_do_not_extend_it(client, member_user):
    guess(client, "/account/login/", "ada", settings.AXES_FAILURE_LIMIT)
    let_cool_off_pass()
    # A failure after the cool-off starts a fresh count rather than a fresh lockout.
    assert sign_in(client, "ada", "wrong-again").status_code == 200
    assert sign_in(client, "ada", MEMBER_PASSWORD).status_code == 302


def test_email_and_username_spellings_share_one_count(client, member_user):
    for attempt, spelling in enumerate(["ada", "ADA", "ada@example.org", "Ada@Example.org", "ada"]):
        sign_in(client, spelling, f"wrong-{attempt}")
    assert sign_in(client, "ada@example.org", MEMBER_PASSWORD).status_code == 429


def test_someone_elses_failures_lock_only_that_account(client, member_user, django_user_model):
    """The policy: one address guessing at one account locks that account from there only."""
    django_user_model.objects.create_user("grace", "grace@example.org", MEMBER_PASSWORD)
    guess(client, "/account/login/", "grace", 30)
    # Another account from the same address still signs in...
    assert sign_in(client, "ada", MEMBER_PASSWORD).status_code == 302
    # ...and so does the guessed-at account from its owner's own address.
    owner = Client(REMOTE_ADDR="198.51.100.20")
    assert sign_in(owner, "grace", MEMBER_PASSWORD).status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_address_does_not_escape_the_lockout(member_user):
    client = Client(REMOTE_ADDR="10.0.0.1")
    for attempt in range(30):
        forged = f"203.0.113.{attempt}, 198.51.100.7"
        sign_in(client, "ada", f"wrong-{attempt}", HTTP_X_FORWARDED_FOR=forged)
    response = sign_in(
        client, "ada", MEMBER_PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99, 198.51.100.7"
    )
    assert response.status_code == 429
    # The lock is on the address the trusted proxy saw, not on the proxy itself.
    elsewhere = sign_in(client, "ada", MEMBER_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert elsewhere.status_code == 302


def test_admin_sign_in_locks_after_wrong_passwords(client, staff_user):
    guess(client, "/admin/login/", "root", 30)
    response = sign_in(client, "root", ADMIN_PASSWORD, url="/admin/login/")
    assert response.status_code == 429
    assert not signed_in(client)
    assert "Too many attempts" in response.content.decode()


def test_admin_sign_in_works_again_after_the_cool_off(client, staff_user):
    guess(client, "/admin/login/", "root", 30)
    let_cool_off_pass()
    response = sign_in(client, "root", ADMIN_PASSWORD, url="/admin/login/")
    assert response.status_code == 302
    assert signed_in(client)


def test_failures_on_either_sign_in_page_count_together(client, staff_user):
    guess(client, "/account/login/", "root", 3)
    guess(client, "/admin/login/", "root", 2)
    assert sign_in(client, "root", ADMIN_PASSWORD, url="/admin/login/").status_code == 429


@pytest.fixture
def password_page(home_page):
    page = factories.StandardPageFactory(parent=home_page, title="Board papers")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, restriction


def try_page_password(client, page, restriction, password):
    return client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": password, "return_url": page.url},
    )


def test_page_password_locks_after_wrong_passwords(client, password_page):
    page, restriction = password_page
    for attempt in range(30):
        try_page_password(client, page, restriction, f"wrong-{attempt}")
    response = try_page_password(client, page, restriction, "open-sesame")
    assert response.status_code == 429
    assert "wrong password was entered too many times" in response.content.decode()
    assert client.get(page.url).status_code == 200
    assert "Board papers" not in client.get(page.url).content.decode().split("<h1")[-1][:100]


def test_page_password_works_before_the_limit_and_after_the_cool_off(client, password_page):
    page, restriction = password_page
    for attempt in range(30):
        try_page_password(client, page, restriction, f"wrong-{attempt}")
    let_cool_off_pass()
    response = try_page_password(client, page, restriction, "open-sesame")
    assert response.status_code == 302
    assert response["Location"] == page.url


def test_page_password_lockout_is_per_address(password_page):
    page, restriction = password_page
    guesser = Client(REMOTE_ADDR="203.0.113.5")
    for attempt in range(30):
        try_page_password(guesser, page, restriction, f"wrong-{attempt}")
    reader = Client(REMOTE_ADDR="198.51.100.20")
    assert try_page_password(reader, page, restriction, "open-sesame").status_code == 302


def test_collection_password_locks_after_wrong_passwords(client, db):
    from wagtail.models import Collection

    collection = Collection.get_first_root_node().add_child(name="Shared reports")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="open-sesame",
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for attempt in range(30):
        client.post(url, {"password": f"wrong-{attempt}", "return_url": "/"})
    response = client.post(url, {"password": "open-sesame", "return_url": "/"})
    assert response.status_code == 429


@pytest.mark.parametrize("url", ["/account/login/", "/admin/login/"])
def test_a_huge_username_is_refused_calmly_and_recorded_within_its_column(client, db, url):
    from axes.models import AccessAttempt

    response = sign_in(client, "a" * 5_000, "wrong", url=url)
    assert response.status_code == 200
    limit = AccessAttempt._meta.get_field("username").max_length
    assert all(
        len(name) <= limit for name in AccessAttempt.objects.values_list("username", flat=True)
    )


def test_a_sign_in_made_in_code_is_recorded_without_an_address(client, member_user):
    from axes.models import AccessLog

    client.force_login(member_user)  # the test client's request has no REMOTE_ADDR
    assert AccessLog.objects.filter(ip_address=None).exists()
