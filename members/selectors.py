from django.db.models import Count

from core.listing import filtered_listing, with_listing_images
from core.privacy import annotate_locked
from core.renditions import LOGO_SPECS

from .choices import MemberType
from .directory import MemberFilterForm, ways_in, with_initials
from .models import MemberPage
from .profile import member_work


def _members(index_page):
    return with_initials(MemberPage.objects.child_of(index_page).live())


def member_listing_source(index_page, request):
    """(the members in listing order, the filter form bound to the request)."""
    listed = with_listing_images(
        annotate_locked(_members(index_page).select_related("region"), request.user),
        field="logo",
        specs=LOGO_SPECS,
    ).order_by("title", "pk")
    return listed, MemberFilterForm(request.GET)


def member_listing(index_page, request):
    """The directory: the filtered listing, its A–Z and its map."""
    listed, form = member_listing_source(index_page, request)
    members = _members(index_page)
    return {
        **filtered_listing(request, listed, form),
        **ways_in(request, form, members),
    }


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
