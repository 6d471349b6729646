"""Passkeys (django-otp-webauthn) as a second factor in the admin, never instead of a password."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts.roles import COMMS_TEAM

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password-9"


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    settings.ADMIN_TWO_FACTOR = True


@pytest.fixture
def comms(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=COMMS_TEAM))
    return user


def verified_client(client, user):
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    client.force_login(user)
    code = str(totp(device.bin_key, device.step, device.t0, device.digits)).zfill(6)
    assert client.post("/admin/two-factor/verify/", {"code": code}).status_code == 302
    return client


def add_passkey(user):
    return WebAuthnCredential.objects.create(
        user=user,
        name="Security key",
        confirmed=True,
        credential_id=b"credential-1",
        public_key=b"key",
        sign_count=0,
    )


def config(html):
    match = re.search(
        r'<script id="otp_webauthn_config" type="application/json">(.*?)</script>', html
    )
    return json.loads(match.group(1))


def test_verified_staff_can_add_a_passkey(client, comms):
    html = verified_client(client, comms).get("/admin/two-factor/").content.decode()
    assert 'id="passkey-register-button"' in html
    assert config(html)["beginRegistrationUrl"] == "/webauthn/registration/begin/"
    response = client.post("/webauthn/registration/begin/", content_type="application/json")
    assert response.status_code == 200
    options = response.json()
    assert options["rp"]["name"] == "CCIN Hub"
    assert options["user"]["name"] == "comms"


def test_a_passkey_cannot_be_added_before_verifying(client, comms):
    TOTPDevice.objects.create(user=comms, name="Authenticator app", confirmed=True)
    client.force_login(comms)
    response = client.post("/webauthn/registration/begin/", content_type="application/json")
    assert response.status_code == 403


def test_the_verify_page_offers_a_passkey_to_those_with_one(client, comms):
    TOTPDevice.objects.create(user=comms, name="Authenticator app", confirmed=True)
    client.force_login(comms)
    html = client.get("/admin/two-factor/verify/").content.decode()
    assert "passkey-verification-button" not in html
    add_passkey(comms)
    html = client.get("/admin/two-factor/verify/?next=/admin/pages/").content.decode()
    assert 'id="passkey-verification-button"' in html
    assert config(html)["beginAuthenticationUrl"] == "/webauthn/authentication/begin/"
    assert (
        client.post("/webauthn/authentication/begin/", content_type="application/json").status_code
        == 200
    )


def test_someone_with_only_a_passkey_must_verify(client, comms):
    add_passkey(comms)
    client.force_login(comms)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")


def test_no_passwordless_sign_in(client, comms):
    response = client.post("/webauthn/authentication/begin/", content_type="application/json")
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
