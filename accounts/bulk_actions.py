"""Wagtail's bulk actions on the users listing, held to the same rules as the user views.

Registered in `wagtail_hooks.py` after Wagtail's own, so these replace them. An account the
acting user may not change is listed as one they have no access to and is left alone; the role
picker offers only the roles they may give.
"""

from django import forms
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from . import rules


class GrantableRoleForm(forms.Form):
    role = forms.ModelChoiceField(queryset=None)

    def __init__(self, *args, for_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].queryset = rules.grantable_roles(for_user).order_by("name")


class HubAssignRoleBulkAction(AssignRoleBulkAction):
    form_class = GrantableRoleForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def check_perm(self, obj):
        return super().check_perm(obj) and rules.may_change_roles(self.request.user, obj)


class HubSetActiveStateBulkAction(SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and rules.may_set_active_state(self.request.user, obj)


class HubDeleteBulkAction(DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and rules.may_delete_account(self.request.user, obj)


BULK_ACTIONS = (HubAssignRoleBulkAction, HubSetActiveStateBulkAction, HubDeleteBulkAction)
