"""Each request has an id, in its X-Request-ID response header and in the log lines written
while it is handled."""

import logging
import re

import pytest
from django.http import HttpResponse

from core.request_id import RequestIdFilter, RequestIdMiddleware

pytestmark = pytest.mark.django_db


def test_the_hub_makes_an_id_when_none_is_given(client):
    first = client.get("/health/")["X-Request-ID"]
    second = client.get("/health/")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_an_id_from_the_proxy_is_kept(client):
    response = client.get("/health/", HTTP_X_REQUEST_ID="7f3c9e2a1b4d4c8e9f0a1b2c3d4e5f6a")
    assert response["X-Request-ID"] == "7f3c9e2a1b4d4c8e9f0a1b2c3d4e5f6a"


@pytest.mark.parametrize("given", ["<script>", "id with spaces", "x" * 65, "naïve"])
def test_an_id_that_is_not_plain_is_replaced(client, given):
    response = client.get("/health/", HTTP_X_REQUEST_ID=given)
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_log_records_written_during_a_request_carry_its_id(rf):
    seen = []
    id_filter = RequestIdFilter()

    def view(request):
        record = logging.LogRecord("hub", logging.INFO, __file__, 1, "handling", None, None)
        id_filter.filter(record)
        seen.append(record.request_id)
        return HttpResponse()

    response = RequestIdMiddleware(view)(rf.get("/", HTTP_X_REQUEST_ID="abc-123"))
    assert seen == ["abc-123"] == [response["X-Request-ID"]]

    outside = logging.LogRecord("hub", logging.INFO, __file__, 1, "later", None, None)
    id_filter.filter(outside)
    assert outside.request_id is None
