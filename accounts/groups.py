"""Wagtail's group views, held to `accounts.rules`: only superusers and site administrators
manage groups, and a site administrator cannot change the Site administrators group or any
group they belong to, so nobody widens their own rights through a group."""

from django.core.exceptions import PermissionDenied
from wagtail.users.views import groups

from . import rules


class CreateView(groups.CreateView):
    def dispatch(self, request, *args, **kwargs):
        if not rules.may_manage_groups(request.user):
            raise PermissionDenied("Only site administrators manage groups.")
        return super().dispatch(request, *args, **kwargs)


class GroupChangeMixin:
    def dispatch(self, request, *args, **kwargs):
        if not rules.may_change_group(request.user, self.get_object()):
            raise PermissionDenied("Only a superuser can change this group.")
        return super().dispatch(request, *args, **kwargs)


class EditView(GroupChangeMixin, groups.EditView):
    pass


class DeleteView(GroupChangeMixin, groups.DeleteView):
    pass


class HubGroupViewSet(groups.GroupViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
