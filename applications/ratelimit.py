"""How often applications may be sent: per client address, and confirmation emails per recipient.

Counted in the shared cache (core.ratelimit), so the limits hold however many web processes
serve the form. The client's address comes from core.network.client_ip (TRUSTED_PROXY_COUNT).
"""

from core.network import client_ip
from core.ratelimit import RateLimit

SUBMISSIONS_PER_WINDOW = 5
CONFIRMATIONS_PER_WINDOW = 3
WINDOW_SECONDS = 60 * 60

SUBMISSIONS = RateLimit("applications:submissions", SUBMISSIONS_PER_WINDOW, WINDOW_SECONDS)
# A copy of an application goes to the address typed in the form; without a limit, anyone could
# fill a stranger's inbox from many connections.
CONFIRMATIONS = RateLimit("applications:confirmations", CONFIRMATIONS_PER_WINDOW, WINDOW_SECONDS)


def claim_submission(request):
    """Hold one of this address's submissions for the hour: a Claim, or None when limited.

    Release the claim if the submission turns out not to count (an invalid form).
    """
    return SUBMISSIONS.acquire(client_ip(request))


def may_send_confirmation(email):
    """Count a confirmation email to `email`; False once it has had its share this hour."""
    return CONFIRMATIONS.hit(email)
