from casestudies.models import CaseStudyPage
from casestudies.selectors import case_study_cards
from labs.models import PolicyLabPage
from labs.selectors import lab_cards
from members.selectors import member_counts_by_type
from toolkits.models import ToolkitPage
from toolkits.selectors import toolkit_cards


def home_page_content(home_page):
    featured_ids = list(
        home_page.featured_case_studies.order_by("sort_order").values_list(
            "case_study_id", flat=True
        )
    )
    featured = {
        page.pk: page
        for page in case_study_cards(CaseStudyPage.objects.filter(pk__in=featured_ids))
    }
    return {
        "featured_case_studies": [featured[pk] for pk in featured_ids if pk in featured],
        "latest_labs": lab_cards(PolicyLabPage.objects.all()).order_by(
            "-round_year", "-first_published_at"
        )[:3],
        "latest_toolkits": toolkit_cards(ToolkitPage.objects.all()).order_by("-first_published_at")[
            :3
        ],
        "member_counts": member_counts_by_type(),
        "case_study_count": CaseStudyPage.objects.live().count(),
    }
