import pytest
from django.test import RequestFactory

from core.network import client_ip, client_ip_address


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_the_connection_address_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "198.51.100.66, 192.0.2.1", "192.0.2.1"),
        (2, "198.51.100.66, 192.0.2.1, 10.0.0.2", "192.0.2.1"),
        (2, "192.0.2.1", "203.0.113.5"),  # fewer hops than trusted: the header is not used
        (1, "", "203.0.113.5"),
    ],
)
def test_trusted_hops_are_counted_from_the_right(settings, hops, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = hops
    assert client_ip(request_from("203.0.113.5", forwarded)) == expected


@pytest.mark.parametrize(
    ("remote", "forwarded", "hops", "expected"),
    [
        ("203.0.113.5", None, 0, "203.0.113.5"),
        ("2001:db8::1", None, 0, "2001:db8::1"),
        ("", None, 0, None),  # a request built in code, such as the test client's sign-in
        ("203.0.113.5", "not-an-address", 1, None),
    ],
)
def test_an_address_for_address_columns_is_valid_or_none(
    settings, remote, forwarded, hops, expected
):
    settings.TRUSTED_PROXY_COUNT = hops
    request = request_from(remote, forwarded)
    assert client_ip_address(request) == expected
