"""User accounts in the admin, for the comms team as well as site administrators.

Comms create and edit members' accounts, so members can sign in without waiting for a site
administrator. What each role may do to whose account is decided in `accounts.rules`: these
views and forms only apply it (the bulk actions in `accounts.bulk_actions` do the same).
A superuser sees Wagtail's forms unchanged.
"""

from django.core.exceptions import PermissionDenied
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from . import rules


class LimitedRolesMixin:
    """Only the roles `for_user` may give; the Administrator box only for superusers; roles and
    active state read-only where `for_user` may not change them. Memberships of groups the
    editor may not give (a lab's leads, say) are kept when the form is saved."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if for_user is None:
            return
        if not rules.may_make_superuser(for_user):
            self.fields.pop("is_superuser", None)
        groups = self.fields["groups"]
        if self.instance.pk and not rules.may_change_roles(for_user, self.instance):
            groups.disabled = True
            groups.queryset = self.instance.groups.order_by("name")
            groups.help_text = "Only another administrator can change your roles."
        elif not for_user.is_superuser:
            groups.queryset = rules.grantable_roles(for_user).order_by("name")
            groups.help_text = "Members can read members-only pages and documents."
        if (
            "is_active" in self.fields
            and self.instance.pk
            and not rules.may_set_active_state(for_user, self.instance)
        ):
            self.fields["is_active"].disabled = True

    def clean_groups(self):
        chosen = list(self.cleaned_data.get("groups") or [])
        if self.for_user is None or not self.instance.pk:
            return chosen
        current = self.instance.groups.all()
        if not rules.may_change_roles(self.for_user, self.instance):
            return list(current)
        grantable = rules.grantable_roles(self.for_user)
        return chosen + list(current.exclude(pk__in=grantable.values("pk")))


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
        if not rules.may_change_account(request.user, self.object):
            raise PermissionDenied("Only a superuser can change this account.")
        self.can_delete = self.can_delete and rules.may_delete_account(request.user, self.object)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class DeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not rules.may_delete_account(request.user, self.get_object()):
            raise PermissionDenied("Only a superuser can delete this account.")
        return super().dispatch(request, *args, **kwargs)


class HubUserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return HubUserEditForm if for_update else HubUserCreationForm
