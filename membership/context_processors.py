from django.utils.functional import SimpleLazyObject

from .visibility import sees_members_only


def membership(request):
    """`viewer_is_member`: whether members-only items in listings open for this person.

    Lazy, so pages that list nothing members-only never ask the database.
    """
    user = getattr(request, "user", None)
    return {
        "viewer_is_member": SimpleLazyObject(lambda: user is not None and sees_members_only(user))
    }
