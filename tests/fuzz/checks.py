"""What every fuzzed response must hold."""

from .strategies import RAW_MARKERS


def assert_safe(response):
    """No server error, and no probe reflected as live markup."""
    assert response.status_code < 500, response.status_code
    content_type = response.get("Content-Type", "")
    body = response.content.decode("utf-8", "replace")
    if content_type.startswith("application/json"):
        # JSON carries the query back as data; the browser must not sniff it as HTML.
        assert response.get("X-Content-Type-Options") == "nosniff"
        return
    for marker in RAW_MARKERS:
        assert marker not in body, f"{marker!r} reflected unescaped"
