from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from core.dashboard import comms_dashboard_rows

from .bulk_actions import BULK_ACTIONS
from .dashboard import pages_awaiting_approval_row
from .roles import is_comms
from .two_factor import urls as two_factor_urls


class CommsDashboardPanel(Component):
    name = "comms_work_waiting"
    template_name = "accounts/comms_dashboard_panel.html"
    order = 90  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        return {"rows": comms_dashboard_rows()}


hooks.register("comms_dashboard_rows", pages_awaiting_approval_row, order=20)


@hooks.register("construct_homepage_panels")
def add_comms_dashboard_panel(request, panels):
    if is_comms(request.user):
        panels.append(CommsDashboardPanel())


# The registry keeps the last class registered for each action, and hooks run in order, so a
# later order puts the hub's bulk user actions in place of Wagtail's.
for action_class in BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=100)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return two_factor_urls.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("hub_two_factor"),
        "label": "Two-factor authentication",
        "help_text": "Ask for a code from an authenticator app as well as your password.",
    }
