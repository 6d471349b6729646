"""Where a request comes from, as far as the hub can trust it.

Behind N trusted proxies (a load balancer, a CDN), each appends the address it received the
request from to X-Forwarded-For, so the client's address is the Nth from the right; anything
further left was written by the client and can be forged. With no trusted proxy the address is
the connection's own (REMOTE_ADDR).
"""

from ipaddress import ip_address

from django.conf import settings

UNKNOWN_ADDRESS = "unknown"


def client_ip(request):
    """The client's address, counting `TRUSTED_PROXY_COUNT` hops from the right."""
    hops = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    remote = request.META.get("REMOTE_ADDR") or UNKNOWN_ADDRESS
    if hops <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < hops:
        # Fewer hops than configured: the request did not come through every proxy, so the
        # header cannot be trusted and the connection's own address is the best there is.
        return remote
    return forwarded[-hops]


def client_ip_address(request):
    """The client's address when it is a valid IP address, else None: for columns that hold
    addresses (sign-in records), which PostgreSQL checks. A request built in code, such as a
    test client's sign-in, has none."""
    address = client_ip(request)
    try:
        return str(ip_address(address))
    except ValueError:
        return None
