from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from casestudies.selectors import case_study_cards
from core.page_cache import generation
from hubevents.models import EventIndexPage
from hubevents.selectors import upcoming_events
from labs.models import PolicyLabIndexPage, PolicyLabPage
from labs.selectors import lab_cards
from members.models import MemberIndexPage
from members.selectors import member_counts_by_type
from news.models import NewsIndexPage
from news.selectors import latest_news
from toolkits.models import ToolkitIndexPage, ToolkitPage
from toolkits.selectors import toolkit_cards

SECTION_INDEXES = {
    "members": MemberIndexPage,
    "case_studies": CaseStudyIndexPage,
    "toolkits": ToolkitIndexPage,
    "labs": PolicyLabIndexPage,
    "news": NewsIndexPage,
    "events": EventIndexPage,
}
HOME_CARDS = 3


def home_page_content(home_page, user):
    featured_ids = list(
        home_page.featured_case_studies.order_by("sort_order").values_list(
            "case_study_id", flat=True
        )
    )
    featured = {
        page.pk: page
        for page in case_study_cards(CaseStudyPage.objects.filter(pk__in=featured_ids), user)
    }
    return {
        "featured_case_studies": [featured[pk] for pk in featured_ids if pk in featured],
        "latest_labs": lab_cards(PolicyLabPage.objects.all(), user).order_by(
            "-round_year", "-first_published_at"
        )[:3],
        "latest_toolkits": toolkit_cards(ToolkitPage.objects.all(), user).order_by(
            "-first_published_at"
        )[:3],
        "upcoming_events": upcoming_events(user, HOME_CARDS),
        "latest_news": latest_news(user, HOME_CARDS),
        # Counts of everything: facts of the content, kept until it changes.
        "member_counts": generation.cached("home:member-counts", member_counts_by_type),
        "case_study_count": generation.cached(
            "home:case-study-count", lambda: CaseStudyPage.objects.live().count()
        ),
        "section_pages": section_index_pages(home_page),
    }


def section_index_pages(home_page):
    """The live index page of each section under the home page, keyed as in SECTION_INDEXES."""
    keys = {(m._meta.app_label, m._meta.model_name): key for key, m in SECTION_INDEXES.items()}
    pages = (
        Page.objects.child_of(home_page)
        .live()
        .filter(content_type__app_label__in={app for app, _ in keys})
        .select_related("content_type")
    )
    found = {}
    for page in pages:
        key = keys.get((page.content_type.app_label, page.content_type.model))
        if key and key not in found:
            found[key] = page
    return found
