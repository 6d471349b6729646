from django.db.models import Q
from wagtail import hooks

from members.profile import MemberWork

from .models import CaseStudyIndexPage, CaseStudyPage
from .selectors import case_study_cards


@hooks.register("member_profile_sections", order=10)
def member_case_studies(member, user):
    involving = Q(lead_member=member) | Q(partner_members=member)
    return MemberWork(
        key="case-studies",
        heading="Case studies",
        items=case_study_cards(CaseStudyPage.objects.filter(involving).distinct(), user).order_by(
            "-year", "title"
        ),
        empty_text=f"No case studies from {member.title} yet.",
        index_model=CaseStudyIndexPage,
    )
