from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.test import Client, override_settings

from core.templatetags.hub_tags import count_of, display_url, document_details, filter_url, pounds


@pytest.mark.parametrize(
    "amount, expected",
    [
        (Decimal("19760.00"), "£19,760"),
        (Decimal("17500"), "£17,500"),
        (Decimal("9999.5"), "£9,999.50"),
        (0, "£0"),
        (None, ""),
        ("", ""),
        ("not money", ""),
    ],
)
def test_pounds(amount, expected):
    assert pounds(amount) == expected


def test_document_details():
    document = SimpleNamespace(file_extension="pdf", file_size=1_258_291)
    assert document_details(document) == "PDF, 1.2\xa0MB"
    assert document_details(SimpleNamespace(file_extension="docx", file_size=None)) == "DOCX"
    assert document_details(None) == ""


def test_count_of():
    assert count_of(1, "case study", "case studies") == "1 case study"
    assert count_of(0, "case study", "case studies") == "0 case studies"
    assert count_of(12, "case study", "case studies") == "12 case studies"


def test_filter_url_encodes_the_value():
    assert filter_url("/case-studies/", "theme", "housing") == "/case-studies/?theme=housing"
    assert filter_url("/labs/", "member", "a b&c") == "/labs/?member=a+b%26c"
    assert filter_url("", "theme", "housing") == ""


def test_display_url():
    assert display_url("https://www.rochdale.gov.uk/") == "rochdale.gov.uk"
    assert display_url("http://example.org/about/") == "example.org/about"
    assert display_url("") == ""


def test_missing_page_uses_the_404_template(home_page):
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert '<main id="main-content"' in html


def test_500_template_needs_no_context_or_database():
    html = render_to_string("500.html")
    assert "<h1>Something went wrong</h1>" in html
    assert '<html lang="en-GB">' in html
    assert "/static/css/hub.css" in html


@override_settings(DEBUG=False)
def test_server_error_handler_renders_the_500_page(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
