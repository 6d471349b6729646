import pytest
from django.test import RequestFactory

from core.network import client_ip


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
