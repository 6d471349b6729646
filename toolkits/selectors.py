from casestudies.models import CaseStudyPage
from casestudies.selectors import case_study_cards
from core.listing import (
    ListingFilterForm,
    card_themes,
    slug_choice,
    with_listing_images,
    without_bodies,
)
from core.models import Principle, Region, Theme
from core.privacy import annotate_locked
from labs.models import PolicyLabPage
from members.models import MemberPage
from semantic.related import related_pages

from .models import ToolkitPage


def from_member(queryset, member):
    """The toolkits whose lab `member` led or was a partner in (the labs a subquery, so each
    toolkit comes once without DISTINCT)."""
    labs = PolicyLabPage.involving(PolicyLabPage.objects.order_by(), member).values("pk")
    return queryset.filter(originating_lab__in=labs)


class ToolkitFilterForm(ListingFilterForm):
    theme = slug_choice(Theme.objects.all(), "Theme")
    principle = slug_choice(Principle.objects.all(), "Principle")
    region = slug_choice(Region.objects.all(), "Region")
    member = slug_choice(
        MemberPage.objects.live().order_by("title").only("title", "slug"), "Member"
    )

    lookups = {
        "theme": "themes",
        "principle": "principles",
        "region": "originating_lab__lead_member__region",
        "member": from_member,
    }
    option_paths = {"member": ("originating_lab__lead_member", "originating_lab__partner_members")}


def toolkit_cards(queryset, user):
    return with_listing_images(
        annotate_locked(
            without_bodies(
                queryset.live().select_related("originating_lab").prefetch_related(card_themes())
            ),
            user,
        )
    )


def toolkit_listing_source(index_page, request):
    toolkits = toolkit_cards(ToolkitPage.objects.child_of(index_page), request.user).order_by(
        "title", "pk"
    )
    return toolkits, ToolkitFilterForm(request.GET)


def toolkit_related(toolkit, user):
    # Through the ids, so previews of unsaved revisions (in-memory relations) work too.
    chosen = list(
        case_study_cards(
            CaseStudyPage.objects.filter(
                pk__in=toolkit.related_case_studies.values_list("id", flat=True)
            ),
            user,
        ).order_by("-year", "title")
    )
    return {
        "resources": toolkit.resources.select_related("document"),
        "related_case_studies": chosen,
        # Where comms chose no case studies: the pages most like this toolkit by meaning.
        "related_pages": [] if chosen else related_pages(toolkit, user),
    }
