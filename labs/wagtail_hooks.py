from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from accounts.roles import is_comms
from members.profile import MemberWork

from .admin_views import LabLeadsView
from .leads import your_labs
from .models import PolicyLabIndexPage, PolicyLabPage
from .selectors import lab_cards, labs_involving


class ManageLabLeadsMenuItem(PageMenuItem):
    label = "Manage lab leads"
    icon_name = "group"
    url_name = "labs_lab_leads"

    def is_shown(self, user):
        return self.page.specific_class is PolicyLabPage and is_comms(user)


@hooks.register("register_admin_urls")
def register_lab_leads_url():
    return [path("labs/<int:page_id>/leads/", LabLeadsView.as_view(), name="labs_lab_leads")]


@hooks.register("register_page_header_buttons")
def lab_leads_header_button(page, user, view_name, next_url=None):
    yield ManageLabLeadsMenuItem(page=page, priority=25)


@hooks.register("register_page_listing_more_buttons")
def lab_leads_listing_button(page, user, next_url=None):
    yield ManageLabLeadsMenuItem(page=page, priority=25)


@hooks.register("register_log_actions")
def register_lab_lead_log_actions(actions):
    @actions.register_action("labs.lead_added")
    class LeadAdded(LogFormatter):
        label = "Add lab lead"

        def format_message(self, log_entry):
            return f"Made {log_entry.data.get('lead', 'someone')} a lab lead"

    @actions.register_action("labs.lead_removed")
    class LeadRemoved(LogFormatter):
        label = "Remove lab lead"

        def format_message(self, log_entry):
            return f"{log_entry.data.get('lead', 'Someone')} is no longer a lab lead"


@hooks.register("member_profile_sections", order=20)
def member_labs(member, user):
    return MemberWork(
        key="labs",
        heading="Policy labs",
        items=lab_cards(labs_involving(member), user).order_by("-round_year", "title"),
        empty_text=f"{member.title} has not led or joined a policy lab yet.",
        index_model=PolicyLabIndexPage,
    )


class YourLabPanel(Component):
    """A lab lead's dashboard: the labs they lead, so a new lead never meets an empty screen."""

    name = "your_lab"
    template_name = "labs/admin/your_lab_panel.html"
    order = 80  # first: it is what a lead came for

    def __init__(self, labs):
        self.labs = labs

    def get_context_data(self, parent_context):
        heading = "Your lab" if len(self.labs) == 1 else "Your labs"
        return {"labs": self.labs, "heading": heading}


@hooks.register("construct_homepage_panels")
def add_your_lab_panel(request, panels):
    labs = your_labs(request.user)
    if labs:
        panels.append(YourLabPanel(labs))
