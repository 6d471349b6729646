"""What a member profile shows of the work done elsewhere in the hub.

The member app knows nothing of case studies, labs or toolkits: each app that holds work a member
led or joined contributes a section through the `member_profile_sections` hook, a function of
(member, user) returning a `MemberWork` (or None), registered with an `order`.

A profile shows the first few items of each section (the hook orders them, newest or soonest
first), and where there are more, a link to all of them: the section's listing filtered by the
member. So a profile's size does not grow with the member's work.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail import hooks

# Items shown in each section of a profile.
ON_A_PROFILE = 6


@dataclass
class MemberWork:
    key: str  # for the heading's id
    heading: str
    items: object  # cards: pages with `locked_for_viewer` and `listing_image`, in order
    empty_text: str = ""  # shown when there are no items; with none, the section is left out
    # The index page whose listing, filtered by `member`, shows all of them.
    index_model: type | None = None
    more_url: str = ""
    more_text: str = ""


def see_all(section, member, total):
    """The link to all `total` items of a section, or ("", "") without a live listing."""
    index = section.index_model.objects.live().first() if section.index_model else None
    if index is None:
        return "", ""
    url = f"{index.url}?{urlencode({'member': member.slug})}"
    return url, f"See all {total} {index.item_noun_plural} from {member.title}"


def bounded(section, member):
    """The section with its first ON_A_PROFILE items, and a link to all when there are more."""
    items = list(section.items[: ON_A_PROFILE + 1])
    if len(items) > ON_A_PROFILE:
        section.more_url, section.more_text = see_all(section, member, section.items.count())
    section.items = items[:ON_A_PROFILE]
    return section


def _shown(item):
    return f"{item.pk}-locked" if item.locked_for_viewer else str(item.pk)


def work_key(sections):
    """What a profile's sections depend on beyond the content: the items each shows, in order,
    which of them this viewer may not open, and the link to all of them. The sections are kept
    under it (`{% kept %}`), as a listing's card grid is."""
    return ";".join(
        f"{section.key}:{','.join(_shown(item) for item in section.items)}:{section.more_text}"
        for section in sections
    )


def member_work(member, user):
    found = (section(member, user) for section in hooks.get_hooks("member_profile_sections"))
    return [bounded(section, member) for section in found if section is not None]
