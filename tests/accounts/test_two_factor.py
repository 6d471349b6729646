"""Two-factor authentication in the admin: required for administrators and comms, optional for
lab leads, with an authenticator app (TOTP) and single-use backup codes."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import COMMS_TEAM, SITE_ADMINISTRATORS
from hub.settings import base as base_settings
from labs.access import add_lab_lead
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password-9"
SETUP_URL = "/admin/two-factor/setup/"
VERIFY_URL = "/admin/two-factor/verify/"


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    settings.ADMIN_TWO_FACTOR = True


@pytest.fixture
def make_user(django_user_model):
    def make(username, *, group=None, superuser=False):
        if superuser:
            return django_user_model.objects.create_superuser(
                username, f"{username}@example.org", PASSWORD
            )
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def lab_lead(make_user, lab_index, member):
    lab = factories.PolicyLabPageFactory(parent=lab_index, title="Lab one", lead_member=member)
    user = make_user("lead")
    add_lab_lead(lab, user)
    return user


def authenticator_for(user):
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def current_code(device):
    return str(totp(device.bin_key, device.step, device.t0, device.digits)).zfill(device.digits)


def test_the_admin_asks_for_two_factor_outside_the_tests():
    assert base_settings.ADMIN_TWO_FACTOR is True


@pytest.mark.parametrize(
    "role", [{"superuser": True}, {"group": SITE_ADMINISTRATORS}, {"group": COMMS_TEAM}]
)
def test_staff_who_must_use_it_are_sent_to_set_it_up(client, make_user, role):
    user = make_user("staff", **role)
    client.force_login(user)
    for url in ("/admin/", "/admin/pages/", "/admin/users/", "/admin/documents/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{SETUP_URL}?next="), url


def test_lab_leads_may_use_the_admin_without_it(client, lab_lead):
    client.force_login(lab_lead)
    assert client.get("/admin/").status_code == 200


def test_lab_leads_can_turn_it_on_from_their_account_page(client, lab_lead):
    client.force_login(lab_lead)
    html = client.get("/admin/account/").content.decode()
    assert 'href="/admin/two-factor/"' in html
    assert client.get("/admin/two-factor/").status_code == 200
    assert client.get(SETUP_URL).status_code == 200


def test_a_lab_lead_who_turned_it_on_must_verify(client, lab_lead):
    authenticator_for(lab_lead)
    client.force_login(lab_lead)
    response = client.get("/admin/")
    assert response["Location"].startswith(f"{VERIFY_URL}?next=")


def test_anyone_with_a_device_must_verify_before_any_admin_page(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    authenticator_for(user)
    client.force_login(user)
    for url in ("/admin/", "/admin/pages/", SETUP_URL, "/admin/two-factor/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY_URL), url


def test_signing_in_then_out_needs_no_code(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    authenticator_for(user)
    response = client.post("/admin/login/", {"username": "comms", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(response["Location"])["Location"].startswith(VERIFY_URL)
    assert client.post("/admin/logout/").status_code == 302


def test_members_sign_in_does_not_skip_the_admin_check(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    authenticator_for(user)
    client.post("/account/login/", {"username": "comms", "password": PASSWORD})
    assert client.get("/admin/")["Location"].startswith(VERIFY_URL)


def test_enrolment_with_an_authenticator_app_and_backup_codes(client, make_user):
    user = make_user("admin", group=SITE_ADMINISTRATORS)
    client.force_login(user)
    page = client.get(f"{SETUP_URL}?next=/admin/pages/")
    html = page.content.decode()
    assert "<svg" in html
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    # The same secret is shown until it is confirmed (a reload does not change the code).
    client.get(SETUP_URL)
    assert TOTPDevice.objects.filter(user=user).count() == 1

    wrong = client.post(SETUP_URL, {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    # django-otp pauses a device briefly after each wrong code; a person retyping takes longer.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)

    done = client.post(SETUP_URL, {"code": current_code(device), "next": "/admin/pages/"})
    assert done.status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    codes = re.findall(r"<li><code>(\w+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=user).values_list("token", flat=True)
    )
    # Verified by setting it up: the admin opens.
    assert client.get("/admin/").status_code == 200


def test_verify_with_a_code_from_the_app(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    device = authenticator_for(user)
    client.force_login(user)
    assert client.get("/admin/").status_code == 302
    response = client.post(VERIFY_URL, {"code": current_code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_verify_refuses_an_offsite_next(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    device = authenticator_for(user)
    client.force_login(user)
    response = client.post(
        VERIFY_URL, {"code": current_code(device), "next": "https://evil.example.com/"}
    )
    assert response["Location"] == "/admin/"


def test_a_backup_code_works_once(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    authenticator_for(user)
    backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    backup.token_set.create(token="abcd2345")
    client.force_login(user)
    assert client.post(VERIFY_URL, {"code": "abcd2345"}).status_code == 302
    assert client.get("/admin/").status_code == 200

    client.logout()
    client.force_login(user)
    again = client.post(VERIFY_URL, {"code": "abcd2345"})
    assert again.status_code == 200
    assert "That code is not right" in again.content.decode()
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_lock_verification(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    device = authenticator_for(user)
    client.force_login(user)
    for attempt in range(settings.AXES_FAILURE_LIMIT + 5):
        client.post(VERIFY_URL, {"code": f"{attempt:06d}"})
    device.refresh_from_db()
    device.throttling_failure_timestamp = None  # past django-otp's own delay
    device.save()
    response = client.post(VERIFY_URL, {"code": current_code(device)})
    assert response.status_code == 429
    assert "wrong code was entered too many times" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_new_backup_codes_replace_the_old(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    device = authenticator_for(user)
    StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True).token_set.create(
        token="old12345"
    )
    client.force_login(user)
    client.post(VERIFY_URL, {"code": current_code(device)})
    response = client.post("/admin/two-factor/backup-codes/")
    assert response.status_code == 200
    tokens = set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))
    assert len(tokens) == 10 and "old12345" not in tokens


def test_comms_cannot_turn_it_off(client, make_user):
    user = make_user("comms", group=COMMS_TEAM)
    device = authenticator_for(user)
    client.force_login(user)
    client.post(VERIFY_URL, {"code": current_code(device)})
    # Wagtail's admin turns the refusal into a redirect home with a "no permission" message.
    response = client.post("/admin/two-factor/remove/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=user).exists()


def test_a_lab_lead_can_turn_it_off(client, lab_lead):
    device = authenticator_for(lab_lead)
    client.force_login(lab_lead)
    client.post(VERIFY_URL, {"code": current_code(device)})
    assert client.post("/admin/two-factor/remove/").status_code == 302
    assert not TOTPDevice.objects.filter(user=lab_lead).exists()
    client.logout()
    client.force_login(lab_lead)
    assert client.get("/admin/").status_code == 200


def test_reset_two_factor_command_removes_devices(make_user):
    from django.core.management import call_command

    user = make_user("comms", group=COMMS_TEAM)
    authenticator_for(user)
    StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    call_command("reset_two_factor", "comms")
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
