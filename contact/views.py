"""The contact form and its confirmation, served by ContactPage's routes.

Spam is kept out the way the funding application form does it: a honeypot field people never see,
and a limit on messages per connection counted in the shared cache.
"""

from django.shortcuts import redirect

from core.privacy import make_private

from . import ratelimit
from .emails import comms_address, send_message
from .forms import ContactForm

SESSION_KEY = "contact:sent"


def contact_form(page, request):
    if request.method != "POST":
        return _render_form(page, request, ContactForm())

    form = ContactForm(request.POST)
    # Claimed before sending, so concurrent posts from one address in any process cannot all
    # pass the check before any of them is counted.
    claim = ratelimit.claim_message(request)
    if claim is None:
        # Shown with the form and everything typed, so nothing is lost while waiting.
        form.is_valid()
        form.add_error(None, _rate_limit_message(request))
        return _render_form(page, request, form, status=429)
    if form.is_spam:
        # Bots see the usual confirmation; nothing is sent, and the claim counts.
        return _confirm(page, request, name="", email="")
    if not form.is_valid():
        claim.release()  # a form to correct is not a message
        return _render_form(page, request, form)
    if not send_message(request, form):
        claim.release()
        form.add_error(None, _not_sent_message(request))
        return _render_form(page, request, form, status=503)
    return _confirm(page, request, form.cleaned_data["name"], form.cleaned_data["email"])


def sent(page, request):
    message = request.session.pop(SESSION_KEY, None)
    if message is None:
        return redirect(page.url)
    response = page.render(
        request, template="contact/contact_page_sent.html", context_overrides=message
    )
    return make_private(response)


def _render_form(page, request, form, status=200):
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "error_summary": form.error_summary() if form.is_bound else [],
        },
    )
    response.status_code = status
    # The form carries a CSRF token, and after a post what was typed: never for a shared cache.
    return make_private(response)


def _confirm(page, request, name, email):
    request.session[SESSION_KEY] = {"sender_name": name, "sender_email": email}
    return redirect(page.url + page.reverse_subpage("sent"))


def _rate_limit_message(request):
    return (
        f"Too many messages have been sent from your connection in the last "
        f"{ratelimit.WINDOW_SECONDS // 60} minutes, so this one was not sent. Try again later, "
        f"or email the comms team at {comms_address(request)}."
    )


def _not_sent_message(request):
    return (
        "Your message could not be sent just now. Try again in a few minutes, or email the comms "
        f"team at {comms_address(request)}."
    )
