from django import forms
from django.db.models import Q

from core.listing import (
    ListingFilterForm,
    filtered_listing,
    set_year_choices,
    slug_choice,
    with_listing_images,
    year_choice,
)
from core.models import Principle, Region, Theme
from core.privacy import annotate_locked
from members.models import MemberPage
from semantic.related import related_pages

from .choices import LabKind, LabStatus
from .models import PolicyLabPage


def involving_member(queryset, member):
    return queryset.filter(Q(lead_member=member) | Q(partner_members=member)).distinct()


class PolicyLabFilterForm(ListingFilterForm):
    theme = slug_choice(Theme.objects.all(), "Theme")
    principle = slug_choice(Principle.objects.all(), "Principle")
    region = slug_choice(Region.objects.all(), "Region")
    member = slug_choice(MemberPage.objects.live().order_by("title"), "Member")
    status = forms.ChoiceField(choices=[("", "Any"), *LabStatus.choices], required=False)
    kind = forms.ChoiceField(choices=[("", "Any"), *LabKind.choices], required=False)
    round = year_choice("Funding round")

    lookups = {
        "theme": "themes",
        "principle": "principles",
        "region": "lead_member__region",
        "member": involving_member,
        "status": "status",
        "kind": "kind",
        "round": "round_year",
    }


def lab_cards(queryset, user):
    return with_listing_images(
        annotate_locked(
            queryset.live().select_related("lead_member").prefetch_related("themes"), user
        )
    )


def lab_listing(index_page, request):
    labs = PolicyLabPage.objects.child_of(index_page).live()
    form = PolicyLabFilterForm(request.GET)
    set_year_choices(
        form,
        "round",
        labs.order_by("-round_year").values_list("round_year", flat=True).distinct(),
    )
    return filtered_listing(
        request, lab_cards(labs, request.user).order_by("-round_year", "title"), form
    )


def lab_related(lab, user):
    return {
        "related_pages": related_pages(lab, user),
        # Through the ids, so previews of unsaved revisions (in-memory relations) work too.
        "partner_members": MemberPage.objects.filter(
            pk__in=lab.partner_members.values_list("id", flat=True)
        )
        .live()
        .order_by("title"),
        "partner_organisations": lab.partner_organisations.all(),
        "outputs": lab.outputs.select_related("document"),
        "toolkits": lab.toolkits.live().order_by("title"),
        "contacts": list(lab.contacts.all()),
    }
