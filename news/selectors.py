from core.listing import (
    ListingFilterForm,
    lead_member_cards,
    set_year_choices,
    slug_choice,
    year_choice,
    years_of,
)
from core.models import Principle, Region, Theme
from members.models import MemberPage

from .models import NewsPage

NEWEST_FIRST = ("-date", "-first_published_at", "title", "pk")


class NewsFilterForm(ListingFilterForm):
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
        "member": NewsPage.involving,
        "year": "date__year",
    }
    option_paths = {"member": NewsPage.involving_paths}


def news_cards(queryset, user):
    return lead_member_cards(queryset, user)


def news_listing_source(index_page, request):
    news = NewsPage.objects.child_of(index_page).live()
    form = NewsFilterForm(request.GET)
    set_year_choices(form, "year", years_of(news, "date"))
    return news_cards(news, request.user).order_by(*NEWEST_FIRST), form


def latest_news(user, count):
    return news_cards(NewsPage.objects.all(), user).order_by(*NEWEST_FIRST)[:count]


def news_involving(member, user):
    return NewsPage.involving(news_cards(NewsPage.objects.all(), user), member).order_by(
        *NEWEST_FIRST
    )


def news_related(news_item, user):
    return {
        "involved_members": news_item.live_other_members(),
        "more_news": news_cards(
            NewsPage.objects.sibling_of(news_item, inclusive=False), user
        ).order_by(*NEWEST_FIRST)[:3],
    }
