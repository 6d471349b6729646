"""What a member profile shows of the work done elsewhere in the hub.

The member app knows nothing of case studies, labs or toolkits: each app that holds work a member
led or joined contributes a section through the `member_profile_sections` hook, a function of
(member, user) returning a `MemberWork` (or None), registered with an `order`.
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass
class MemberWork:
    key: str  # for the heading's id
    heading: str
    items: object  # cards: pages with `locked_for_viewer` and `listing_image`
    empty_text: str = ""  # shown when there are no items; with none, the section is left out


def member_work(member, user):
    found = (section(member, user) for section in hooks.get_hooks("member_profile_sections"))
    return [section for section in found if section is not None]
