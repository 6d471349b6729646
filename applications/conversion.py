"""Turning a funded application into a draft policy lab page, with the lab's access set up."""

from django.db import transaction
from django.utils.html import escape

from labs.access import provision_lab_access
from labs.choices import LabStatus
from labs.models import PolicyLabContact, PolicyLabIndexPage, PolicyLabPage
from members.models import PartnerOrganisation

from .choices import ApplicationStatus


class ConversionRefused(Exception):
    """The application cannot become a lab page; the message says why."""


def plain_text_to_rich_text(text):
    """Paragraphs (split by blank lines) and '- ' bullet lists as rich text HTML."""
    html = []
    for block in (text or "").replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line[:2] in {"- ", "* ", "• "} for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{'<br/>'.join(escape(line) for line in lines)}</p>")
    return "".join(html)


def aims_and_outcomes_from(application):
    return (
        "<h3>The idea</h3>"
        + plain_text_to_rich_text(application.idea_and_budget)
        + "<h3>Outcomes and how success is measured</h3>"
        + plain_text_to_rich_text(application.outcomes)
    )


def check_convertible(application):
    if application.status != ApplicationStatus.FUNDED:
        raise ConversionRefused(
            "Only a funded application can become a lab page: this one is "
            f"{application.get_status_display().lower()}."
        )
    if application.created_lab_id:
        raise ConversionRefused("A lab page has already been created from this application.")
    index = PolicyLabIndexPage.objects.order_by("path").first()
    if index is None:
        raise ConversionRefused(
            "There is no policy lab index page to put the lab under. Create one, then try again."
        )
    return index


@transaction.atomic
def create_lab_from_application(application, user=None):
    """Create the lab page as a draft under the lab index; returns the new page."""
    # Lock the row so that two clicks cannot create two labs.
    application = type(application).objects.select_for_update().get(pk=application.pk)
    index = check_convertible(application)
    funding_round = application.funding_round

    lab = PolicyLabPage(
        title=application.project_title,
        live=False,
        owner=user,
        summary=application.summary,
        lead_member=application.lead_member,
        kind=funding_round.kind,
        round_year=funding_round.year,
        amount_awarded=application.amount_requested,
        status=LabStatus.FUNDED,
        aims_and_outcomes=aims_and_outcomes_from(application),
        contacts=[
            PolicyLabContact(
                name=application.contact_name,
                role=application.contact_job_title,
                email=application.contact_email,
                phone=application.contact_phone,
            )
        ],
    )
    lab.partner_members.set(
        application.partner_members.exclude(pk=application.lead_member_id).order_by("title")
    )
    lab.partner_organisations.set(
        [
            PartnerOrganisation.objects.get_or_create(name=name[:255])[0]
            for name in application.other_partner_names
        ]
    )
    lab.principles.set(application.principles.all())
    index.add_child(instance=lab)
    # The page is incomplete until comms have checked it (a typed lead organisation has no
    # profile yet), so its first revision is stored without full validation.
    lab.save_revision(user=user, clean=False, log_action=True)

    provision_lab_access(lab)
    application.created_lab = lab
    application.save(update_fields=["created_lab"])
    return lab
