from django.db.models import Q

from core.listing import (
    ListingFilterForm,
    lead_member_cards,
    option_choice,
    set_year_choices,
    slug_choice,
    year_choice,
)
from core.models import Principle, Region, Theme
from members.models import MemberPage
from semantic.related import related_pages

from .choices import LabKind, LabStatus
from .models import PolicyLabPage


class PolicyLabFilterForm(ListingFilterForm):
    theme = slug_choice(Theme.objects.all(), "Theme")
    principle = slug_choice(Principle.objects.all(), "Principle")
    region = slug_choice(Region.objects.all(), "Region")
    member = slug_choice(
        MemberPage.objects.live().order_by("title").only("title", "slug"), "Member"
    )
    status = option_choice(LabStatus.choices)
    kind = option_choice(LabKind.choices)
    round = year_choice("Funding round")

    lookups = {
        "theme": "themes",
        "principle": "principles",
        "region": "lead_member__region",
        "member": PolicyLabPage.involving,
        "status": "status",
        "kind": "kind",
        "round": "round_year",
    }
    option_paths = {"member": PolicyLabPage.involving_paths}


def lab_cards(queryset, user):
    return lead_member_cards(queryset, user)


def lab_listing_source(index_page, request):
    labs = PolicyLabPage.objects.child_of(index_page).live()
    form = PolicyLabFilterForm(request.GET)
    set_year_choices(
        form,
        "round",
        labs.order_by("-round_year").values_list("round_year", flat=True).distinct(),
    )
    return lab_cards(labs, request.user).order_by("-round_year", "title", "pk"), form


def labs_involving(member):
    """The ids of the live labs a member led or joined, as a subquery."""
    involving = Q(lead_member=member) | Q(partner_members=member)
    return PolicyLabPage.objects.filter(
        pk__in=PolicyLabPage.objects.live().filter(involving).values("pk")
    )


def lab_related(lab, user):
    return {
        "related_pages": related_pages(lab, user),
        "partner_members": lab.live_partner_members(),
        "partner_organisations": lab.partner_organisations.all(),
        "outputs": lab.outputs.select_related("document"),
        "toolkits": lab.toolkits.live().order_by("title"),
        "contacts": list(lab.contacts.all()),
    }
