"""User accounts in the admin, for the comms team as well as site administrators.

Comms create and edit members' accounts, so members can sign in without waiting for a site
administrator. They cannot make anyone an administrator, cannot give a role beyond Members or
Comms team, and cannot edit or delete a superuser's or a site administrator's account (which
would let them take it over by setting its password). Superusers see Wagtail's forms unchanged.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from .roles import COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS

# The roles comms may give or take away; any other group a user is in is kept as it is.
ROLES_COMMS_MAY_GIVE = (MEMBERS, COMMS_TEAM)


def is_privileged(user):
    return user.is_superuser or user.groups.filter(name=SITE_ADMINISTRATORS).exists()


def ensure_may_manage(request_user, account):
    """PermissionDenied unless `request_user` may edit or delete `account`."""
    if not request_user.is_superuser and is_privileged(account):
        raise PermissionDenied("Only a site administrator can change this account.")


class LimitedRolesMixin:
    """For someone who is not a superuser: no Administrator box, and only the roles comms may
    give; memberships of other groups (lab leads, say) are kept when the form is saved."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.limited = for_user is not None and not for_user.is_superuser
        if self.limited:
            self.fields.pop("is_superuser", None)
            groups = self.fields["groups"]
            groups.queryset = Group.objects.filter(name__in=ROLES_COMMS_MAY_GIVE).order_by("name")
            groups.help_text = "Members can read members-only pages and documents."

    def clean_groups(self):
        chosen = list(self.cleaned_data.get("groups") or [])
        if self.limited and self.instance.pk:
            chosen += list(self.instance.groups.exclude(name__in=ROLES_COMMS_MAY_GIVE))
        return chosen


class HubUserCreationForm(LimitedRolesMixin, UserCreationForm):
    pass


class HubUserEditForm(LimitedRolesMixin, UserEditForm):
    pass


class CreateView(users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class EditView(users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        ensure_may_manage(request.user, self.object)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class DeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        ensure_may_manage(request.user, self.get_object())
        return super().dispatch(request, *args, **kwargs)


class HubUserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return HubUserEditForm if for_update else HubUserCreationForm
