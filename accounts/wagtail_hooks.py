from wagtail import hooks
from wagtail.admin.ui.components import Component

from .bulk_actions import BULK_ACTIONS
from .dashboard import comms_dashboard_rows
from .roles import is_comms


class CommsDashboardPanel(Component):
    name = "comms_work_waiting"
    template_name = "accounts/comms_dashboard_panel.html"
    order = 90  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        return {"rows": comms_dashboard_rows()}


@hooks.register("construct_homepage_panels")
def add_comms_dashboard_panel(request, panels):
    if is_comms(request.user):
        panels.append(CommsDashboardPanel())


# The registry keeps the last class registered for each action, and hooks run in order, so a
# later order puts the hub's bulk user actions in place of Wagtail's.
for action_class in BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=100)
