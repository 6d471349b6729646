from wagtail.models import Page

from core.listing import (
    ListingFilterForm,
    lead_member_cards,
    set_year_choices,
    slug_choice,
    year_choice,
)
from core.models import Principle, Region, Theme
from members.models import MemberPage
from semantic.related import related_pages

from .models import CaseStudyPage


class CaseStudyFilterForm(ListingFilterForm):
    theme = slug_choice(Theme.objects.all(), "Theme")
    principle = slug_choice(Principle.objects.all(), "Principle")
    region = slug_choice(Region.objects.all(), "Region")
    member = slug_choice(
        MemberPage.objects.live().order_by("title").only("title", "slug"), "Member"
    )
    year = year_choice()

    lookups = {
        "theme": "themes",
        "principle": "principles",
        "region": "lead_member__region",
        "member": CaseStudyPage.involving,
        "year": "year",
    }
    option_paths = {"member": CaseStudyPage.involving_paths}


def case_study_cards(queryset, user):
    return lead_member_cards(queryset, user)


def case_study_listing_source(index_page, request):
    case_studies = CaseStudyPage.objects.child_of(index_page).live()
    form = CaseStudyFilterForm(request.GET)
    set_year_choices(
        form, "year", case_studies.order_by("-year").values_list("year", flat=True).distinct()
    )
    return case_study_cards(case_studies, request.user).order_by("-year", "title", "pk"), form


def case_study_related(case_study, user):
    lead = case_study.lead_member
    related_ids = case_study.related_pages.values_list("page_id", flat=True)
    chosen = list(Page.objects.filter(pk__in=related_ids).live().specific())
    return {
        "partner_members": case_study.live_partner_members(),
        "partner_organisations": case_study.partner_organisations.all(),
        "more_from_lead": (
            case_study_cards(lead.led_casestudies.exclude(pk=case_study.pk), user).order_by(
                "-year"
            )[:3]
            if lead
            else []
        ),
        # Comms' own choice, or else the pages most like this one by meaning.
        "related_pages": chosen or related_pages(case_study, user),
        "toolkits": case_study.toolkits.live().order_by("title"),
        "contacts": list(case_study.contacts.all()),
    }
