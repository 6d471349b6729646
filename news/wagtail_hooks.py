from wagtail import hooks

from members.profile import MemberWork

from .models import NewsIndexPage
from .selectors import news_involving


@hooks.register("member_profile_sections", order=25)
def member_news(member, user):
    return MemberWork(
        key="news",
        heading="News",
        items=news_involving(member, user),
        index_model=NewsIndexPage,
    )
