"""Who can see what: members-only pages in listings.

Comms make a page members-only with Wagtail's page privacy (the Members group, usually with the
Comms team); Wagtail itself then sends anonymous visitors to the sign-in page. Listings still
show such pages to everyone, as a title and summary marked "Members only", so this module says
which listed items are restricted (in the listing's own query, with no extra queries) and whether
the person viewing can open them.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction

from accounts.roles import COMMS_TEAM, MEMBERS

# Groups whose people may open members-only material (superusers always may).
MEMBER_ACCESS_GROUPS = (MEMBERS, COMMS_TEAM)


def restricted_pages_subquery(path_ref="path"):
    """An EXISTS test: some view restriction sits on this page or on one of its ancestors."""
    return Exists(
        PageViewRestriction.objects.filter(StartsWith(OuterRef(path_ref), F("page__path")))
    )


def annotate_members_only(queryset):
    """Add `members_only` (True or False) to each page of a page queryset, in the same query."""
    return queryset.annotate(members_only=restricted_pages_subquery())


def restricted_page_ids(pages):
    """The ids of those of `pages` (a page queryset) that are private, in one query."""
    return set(annotate_members_only(pages).filter(members_only=True).values_list("pk", flat=True))


def sees_members_only(user):
    """Whether this person can open members-only pages and documents.

    Signed-in members, the comms team and superusers can; the answer is kept on the user object,
    so a page asks the database at most once.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_hub_sees_members_only"):
        user._hub_sees_members_only = user.groups.filter(name__in=MEMBER_ACCESS_GROUPS).exists()
    return user._hub_sees_members_only


def is_locked(item, user):
    """True when a listed item is members-only and this person cannot open it."""
    return bool(getattr(item, "members_only", False)) and not sees_members_only(user)
