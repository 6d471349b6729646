"""Every response carries a Content Security Policy and a Permissions-Policy.

Public pages get a strict policy (scripts and styles from the hub's own static files, or carrying
the request's nonce; never 'unsafe-inline'); the Wagtail admin, whose own templates still hold
inline scripts and styles, gets a separate, documented policy.
"""

import pytest
from django.contrib.auth import get_user_model

from tests import factories

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            parsed[name] = value.split()
    return parsed


@pytest.fixture
def public_paths(home_page, member, case_study_index, toolkit_index, lab_index):
    story = factories.CaseStudyPageFactory(parent=case_study_index, lead_member=member)
    return [
        "/",
        member.url,
        case_study_index.url,
        story.url,
        toolkit_index.url,
        lab_index.url,
        "/search/?q=housing",
        "/account/login/",
        "/account/password-reset/",
        "/apply/",
        "/no-such-page/",
    ]


def test_every_public_page_has_a_strict_policy(client, public_paths):
    for path in public_paths:
        response = client.get(path)
        assert CSP in response, path
        policy = directives(response[CSP])
        assert policy["default-src"] == ["'self'"], path
        for name in ("script-src", "style-src"):
            assert "'unsafe-inline'" not in policy[name], (path, name)
            assert "'unsafe-eval'" not in policy[name], (path, name)
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]


def test_no_public_policy_anywhere_allows_inline_code(settings):
    for name, sources in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items():
        if isinstance(sources, (list, tuple, set)):
            assert "'unsafe-inline'" not in sources, name
            assert "'unsafe-eval'" not in sources, name


def test_a_page_that_asks_for_the_nonce_gets_it_in_the_header(rf, settings):
    from django.http import HttpResponse
    from django.template import Context, Template

    from core.csp import HubCSPMiddleware

    def view(request):
        html = Template('<script nonce="{{ request.csp_nonce }}">1</script>').render(
            Context({"request": request})
        )
        return HttpResponse(html)

    request = rf.get("/")
    response = HubCSPMiddleware(view)(request)
    nonce = response.content.decode().split('nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in directives(response[CSP])["script-src"]


def test_the_admin_gets_its_own_policy(client):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response[CSP])
    # Wagtail's admin templates still hold inline scripts and styles.
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    # No nonce beside 'unsafe-inline': a nonce would make browsers ignore 'unsafe-inline'.
    assert not any(source.startswith("'nonce-") for source in policy["script-src"])


def test_the_admin_sign_in_page_gets_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert "'unsafe-inline'" in directives(response[CSP])["script-src"]


def test_documents_keep_wagtails_stricter_policy(client, lab_index, member, settings, tmp_path):
    """Wagtail serves documents with `default-src 'none'` (nothing embedded in a file runs);
    the page policy does not replace it."""
    # Wagtail's serve view sends files by path, which the in-memory test storage cannot.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    document = factories.DocumentFactory(
        title="Final report",
        file__filename="final-report.pdf",
        file__data=b"%PDF-1.4\n%%EOF\n",
    )
    # Published: a live page uses it.
    factories.PolicyLabPageFactory(parent=lab_index, lead_member=member, final_report=document)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response[CSP] == "default-src 'none'"


def test_json_and_xml_are_served_without_the_page_policy(client, home_page):
    for path in ("/api/search/?q=housing", "/sitemap.xml"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert CSP not in response, path


def test_permissions_policy_denies_powerful_features(client, home_page):
    response = client.get("/")
    header = response["Permissions-Policy"]
    features = dict(item.strip().split("=", 1) for item in header.split(","))
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    ):
        assert features[feature] == "()", feature


def test_permissions_policy_is_on_the_admin_and_api_too(client, home_page):
    for path in ("/admin/login/", "/api/search/?q=x", "/sitemap.xml"):
        assert "camera=()" in client.get(path)["Permissions-Policy"], path
