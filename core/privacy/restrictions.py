"""Which view restrictions a person does not pass, as querysets (the rule every channel shares).

A restriction lets someone in when it is a login restriction and they are signed in, or a group
restriction and they are in one of its groups (superusers pass every group restriction). A
password restriction is never passed here: listings, search, suggestions and the sitemap never
reveal a password-protected page or document, even to someone who knows the password (Wagtail's
own page and document views still accept it).
"""

from django.db.models import Q
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, PageViewRestriction


def signed_in(user):
    return user is not None and user.is_authenticated and user.is_active


def failed_restrictions(model, user):
    """The restrictions of `model` (PageViewRestriction or CollectionViewRestriction) that keep
    this person out, as a queryset (no query is run until it is used)."""
    restrictions = model.objects.exclude(restriction_type=BaseViewRestriction.NONE)
    if not signed_in(user):
        return restrictions
    if user.is_superuser:
        return restrictions.filter(restriction_type=BaseViewRestriction.PASSWORD)
    passed_by_group = model.objects.filter(groups__user=user).values("pk")
    return restrictions.filter(
        Q(restriction_type=BaseViewRestriction.PASSWORD)
        | (Q(restriction_type=BaseViewRestriction.GROUPS) & ~Q(pk__in=passed_by_group))
    )


def failed_page_restrictions(user):
    return failed_restrictions(PageViewRestriction, user)


def failed_collection_restrictions(user):
    return failed_restrictions(CollectionViewRestriction, user)
