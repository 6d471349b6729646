from wagtail import hooks

from members.profile import MemberWork

from .models import EventIndexPage
from .selectors import events_involving


@hooks.register("member_profile_sections", order=26)
def member_events(member, user):
    """Its events, what is still to come first."""
    return MemberWork(
        key="events",
        heading="Events",
        items=events_involving(member, user),
        index_model=EventIndexPage,
    )
