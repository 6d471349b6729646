from wagtail import hooks

from members.profile import MemberWork

from .selectors import news_involving

ON_A_PROFILE = 6


@hooks.register("member_profile_sections", order=25)
def member_news(member, user):
    return MemberWork(key="news", heading="News", items=news_involving(member, user)[:ON_A_PROFILE])
