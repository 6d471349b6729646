"""The public side of a funding round: the list of rounds, the form, and its confirmation."""

from django.conf import settings
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from . import ratelimit
from .emails import send_submission_emails
from .forms import ApplicationForm
from .models import FundingRound
from .pipeline import record_submission
from .selectors import rounds_for_applicants

SESSION_KEY = "applications:submitted"


def round_list(request):
    return render(request, "applications/funding_round_list.html", rounds_for_applicants())


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request, slug):
    funding_round = get_object_or_404(FundingRound, slug=slug)
    if not funding_round.is_open:
        # A closed (or not yet open) round accepts nothing, whatever is posted to it.
        return render(
            request,
            "applications/funding_round_closed.html",
            {"funding_round": funding_round, "refused": request.method == "POST"},
            status=403 if request.method == "POST" else 200,
        )
    if request.method != "POST":
        form = ApplicationForm(funding_round=funding_round)
        return _render_form(request, funding_round, form)

    form = ApplicationForm(request.POST, funding_round=funding_round)
    # The slot is claimed before anything is saved, so concurrent submissions from one address
    # (in any web process) cannot all pass the check before any of them is counted.
    claim = ratelimit.claim_submission(request)
    if claim is None:
        # Shown with the form and everything typed, so nothing is lost while waiting.
        form.is_valid()
        form.add_error(None, rate_limit_message())
        return _render_form(request, funding_round, form, status=429)
    if form.is_spam:
        # Bots are shown the usual confirmation and nothing is kept or sent; the claim counts.
        return _confirm(request, funding_round, reference="", email="")
    if not form.is_valid():
        claim.release()  # a form to correct is not a submission
        return _render_form(request, funding_round, form)

    try:
        with transaction.atomic():
            application = form.save()
            record_submission(application)
    except BaseException:
        claim.release()
        raise
    emailed = send_submission_emails(
        application, to_applicant=ratelimit.may_send_confirmation(application.contact_email)
    )
    return _confirm(
        request, funding_round, application.reference, application.contact_email if emailed else ""
    )


def rate_limit_message():
    return (
        f"Too many applications have been sent from your connection in the last "
        f"{ratelimit.WINDOW_SECONDS // 60} minutes, so this one was not sent. Try again later, "
        f"or email it to the comms team at {settings.COMMS_EMAIL}."
    )


def _render_form(request, funding_round, form, status=200):
    context = {
        "funding_round": funding_round,
        "form": form,
        "error_summary": form.error_summary() if form.is_bound else [],
    }
    return render(request, "applications/application_form.html", context, status=status)


def _confirm(request, funding_round, reference, email):
    request.session[SESSION_KEY] = {
        "round": funding_round.slug,
        "reference": reference,
        "email": email,
    }
    return redirect("apply:submitted", slug=funding_round.slug)


def submitted(request, slug):
    funding_round = get_object_or_404(FundingRound, slug=slug)
    submission = request.session.get(SESSION_KEY)
    if not submission or submission.get("round") != slug:
        return redirect(funding_round.get_absolute_url())
    context = {"funding_round": funding_round, **submission}
    return render(request, "applications/application_confirmation.html", context)
