from wagtail import hooks

from labs.selectors import labs_involving
from members.profile import MemberWork

from .models import ToolkitIndexPage, ToolkitPage
from .selectors import toolkit_cards


@hooks.register("member_profile_sections", order=30)
def member_toolkits(member, user):
    """Toolkits the member's labs produced."""
    labs = labs_involving(member).values("pk")
    return MemberWork(
        key="toolkits",
        heading="Toolkits from its labs",
        items=toolkit_cards(ToolkitPage.objects.filter(originating_lab__in=labs), user).order_by(
            "title"
        ),
        index_model=ToolkitIndexPage,
    )
