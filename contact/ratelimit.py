"""How many messages one connection may send through the contact form.

Counted in the shared cache (core.ratelimit), so the limit holds however many web processes serve
the form. The client's address comes from core.network.client_ip (TRUSTED_PROXY_COUNT).
"""

from core.network import client_ip
from core.ratelimit import RateLimit

MESSAGES_PER_WINDOW = 5
WINDOW_SECONDS = 60 * 60

MESSAGES = RateLimit("contact:messages", MESSAGES_PER_WINDOW, WINDOW_SECONDS)


def claim_message(request):
    """Hold one of this address's messages for the hour: a Claim, or None when limited.

    Release the claim if the message turns out not to count (an invalid form, a failed send).
    """
    return MESSAGES.acquire(client_ip(request))
