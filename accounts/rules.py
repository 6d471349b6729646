"""Who may change whose account and which roles: the one set of rules every admin path uses.

The user views, Wagtail's bulk actions on the users listing and the group views all ask these
functions, so a limit set here holds everywhere.

- **Superusers** may do anything Wagtail allows (it already stops them deleting or deactivating
  themselves).
- Superusers and site administrators are the **privileged tier**. Only a superuser may change,
  deactivate, delete or give a role to a privileged account, make someone a superuser or appoint
  a site administrator.
- **Site administrators** manage everyone else: they may give or take any role but Site
  administrators, and create, edit and delete groups, except the Site administrators group and
  any group they belong to (so they cannot widen their own rights).
- **Everyone else** with the right to change accounts (the Comms team) may give or take only the
  Members and Comms team roles, and may not manage groups at all.
- Nobody but a superuser changes their own roles or active state.
"""

from django.contrib.auth.models import Group

from .roles import COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS

# The roles someone outside the privileged tier may give or take away.
ROLES_COMMS_MAY_GIVE = (MEMBERS, COMMS_TEAM)


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def is_site_administrator(user):
    return _active(user) and user.groups.filter(name=SITE_ADMINISTRATORS).exists()


def is_privileged(user):
    """A superuser or site administrator: an account only superusers may change."""
    if user.is_superuser:
        return True
    return user.pk is not None and user.groups.filter(name=SITE_ADMINISTRATORS).exists()


def grantable_roles(actor):
    """The groups `actor` may give to or take from someone else."""
    if not _active(actor):
        return Group.objects.none()
    if actor.is_superuser:
        return Group.objects.all()
    if is_site_administrator(actor):
        return Group.objects.exclude(name=SITE_ADMINISTRATORS)
    return Group.objects.filter(name__in=ROLES_COMMS_MAY_GIVE)


def may_give_role(actor, group):
    return grantable_roles(actor).filter(pk=group.pk).exists()


def may_make_superuser(actor):
    return _active(actor) and actor.is_superuser


def may_change_account(actor, account):
    """May `actor` edit `account` at all (its details and password)?"""
    if not _active(actor):
        return False
    return actor.is_superuser or not is_privileged(account)


def may_change_roles(actor, account):
    """May `actor` give `account` roles or take them away?"""
    if not may_change_account(actor, account):
        return False
    return actor.is_superuser or actor.pk != account.pk


def may_set_active_state(actor, account):
    return may_change_account(actor, account) and actor.pk != account.pk


def may_delete_account(actor, account):
    return may_change_account(actor, account) and actor.pk != account.pk


def may_manage_groups(actor):
    """May `actor` open the group views at all (Wagtail's permissions are checked as well)?"""
    return _active(actor) and (actor.is_superuser or is_site_administrator(actor))


def may_change_group(actor, group):
    """May `actor` edit or delete `group` (its name and permissions)?"""
    if not may_manage_groups(actor):
        return False
    if actor.is_superuser:
        return True
    return group.name != SITE_ADMINISTRATORS and not actor.groups.filter(pk=group.pk).exists()
