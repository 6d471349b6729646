from django import forms
from django.db.models import Count

from core.listing import (
    LOGO_SPECS,
    ListingFilterForm,
    slug_choice,
    with_listing_images,
)
from core.models import Region
from core.privacy import annotate_locked

from .choices import MemberType
from .models import MemberPage
from .profile import member_work


class MemberFilterForm(ListingFilterForm):
    member_type = forms.ChoiceField(
        choices=[("", "Any"), *MemberType.choices], required=False, label="Member type"
    )
    region = slug_choice(Region.objects.all(), "Region")

    lookups = {"member_type": "member_type", "region": "region"}


def member_listing_source(index_page, request):
    members = with_listing_images(
        annotate_locked(
            MemberPage.objects.child_of(index_page).live().select_related("region"), request.user
        ),
        field="logo",
        specs=LOGO_SPECS,
    ).order_by("title")
    return members, MemberFilterForm(request.GET)


def choosable_members():
    """Profiles a visitor may pick on a public form: live and public (no drafts, no private
    profiles), by name."""
    return MemberPage.objects.live().public().order_by("title")


def member_counts_by_type():
    """How many live members there are of each type, in the order the types are declared."""
    # order_by() drops the tree ordering, which would otherwise split the GROUP BY per page.
    counts = dict(
        MemberPage.objects.live()
        .order_by()
        .values_list("member_type")
        .annotate(count=Count("pk"))
        .values_list("member_type", "count")
    )
    return [(label, counts.get(value, 0), value) for value, label in MemberType.choices]


def member_profile_related(member, user):
    """The work the member led or joined, as each app contributes it, and its contacts."""
    return {"work": member_work(member, user), "contacts": list(member.contacts.all())}
