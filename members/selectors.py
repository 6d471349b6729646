from django.db.models import Count, Q

from casestudies.models import CaseStudyPage
from casestudies.selectors import case_study_cards
from core.listing import LOGO_SPECS, filtered_listing, with_listing_images
from core.privacy import annotate_locked
from labs.models import PolicyLabPage
from labs.selectors import lab_cards
from toolkits.models import ToolkitPage
from toolkits.selectors import toolkit_cards

from .choices import MemberType
from .directory import MemberFilterForm, letter_links, region_map, with_initials
from .models import MemberPage


def member_listing(index_page, request):
    members = with_initials(MemberPage.objects.child_of(index_page).live())
    listed = with_listing_images(
        annotate_locked(members.select_related("region"), request.user),
        field="logo",
        specs=LOGO_SPECS,
    ).order_by("title")
    form = MemberFilterForm(request.GET)
    return {
        **filtered_listing(request, listed, form),
        **letter_links(request, form, members),
        **region_map(request, form, members),
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
    """The member's stories, the labs it led or joined, and the toolkits those labs produced."""
    involving = Q(lead_member=member) | Q(partner_members=member)
    lab_ids = PolicyLabPage.objects.live().filter(involving).values("pk")
    return {
        "case_studies": case_study_cards(
            CaseStudyPage.objects.filter(involving).distinct(), user
        ).order_by("-year", "title"),
        "labs": lab_cards(PolicyLabPage.objects.filter(pk__in=lab_ids), user).order_by(
            "-round_year", "title"
        ),
        "toolkits": toolkit_cards(
            ToolkitPage.objects.filter(originating_lab__in=lab_ids), user
        ).order_by("title"),
        "contacts": list(member.contacts.all()),
    }
