import django_filters
from django.apps import apps
from django.urls import path
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from members.models import MemberPage

from .admin_views import (
    URL_NAMESPACE,
    ApplicationEditView,
    ApplicationIndexView,
    ApplicationInspectView,
    CreateLabView,
    StatusChangeView,
)
from .choices import ApplicationStatus
from .dashboard import applications_row
from .models import APPLICANT_ANSWERS, Application, FundingRound


def lead_members_with_applications(request):
    members = MemberPage.objects.filter(funding_applications__isnull=False).distinct()
    return members.order_by("title")


class ApplicationFilterSet(WagtailFilterSet):
    funding_round = django_filters.ModelChoiceFilter(
        queryset=FundingRound.objects.all(), label="Funding round"
    )
    status = django_filters.ChoiceFilter(choices=ApplicationStatus.choices, label="Status")
    lead_member = django_filters.ModelChoiceFilter(
        queryset=lead_members_with_applications, label="Lead organisation"
    )

    class Meta:
        model = Application
        fields = ["funding_round", "status", "lead_member"]


class FundingRoundViewSet(ModelViewSet):
    model = FundingRound
    name = "funding_rounds"
    url_prefix = "funding-rounds"
    icon = "date"
    menu_label = "Funding rounds"
    menu_order = 100
    list_display = ["title", "kind", "opens_at", "closes_at", "minimum_amount", "maximum_amount"]
    list_filter = ["kind"]
    search_fields = ["title"]
    ordering = ["-opens_at"]
    inspect_view_enabled = True
    copy_view_enabled = True


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = URL_NAMESPACE
    url_prefix = "applications"
    icon = "form"
    menu_label = "Applications"
    menu_order = 200
    add_to_admin_menu = False
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    edit_view_class = ApplicationEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "project_title",
        "reference",
        "lead_organisation",
        "funding_round",
        "amount_requested",
        "status",
        "submitted_at",
    ]
    filterset_class = ApplicationFilterSet
    search_fields = [
        "project_title",
        "reference",
        "lead_organisation_name",
        "lead_member__title",
        "contact_name",
    ]
    ordering = ["-submitted_at"]
    inspect_view_fields = [
        "reference",
        "funding_round",
        "status",
        "submitted_at",
        "lead_organisation",
        *APPLICANT_ANSWERS,
        "created_lab",
    ]
    list_export = [
        "reference",
        "funding_round.title",
        "get_status_display",
        "submitted_at",
        "lead_organisation",
        "contact_name",
        "contact_job_title",
        "contact_phone",
        "contact_email",
        "project_title",
        "amount_requested",
        "summary",
        "partner_names",
        "idea_and_budget",
        "budget_breakdown",
        "outcomes",
        "network_aims",
        "principle_names",
        "values_and_principles",
        "sharing_learning",
        "agrees_to_show_cooperative_difference",
        "lab_page_title",
    ]
    export_headings = {
        "reference": "Reference",
        "funding_round.title": "Funding round",
        "get_status_display": "Status",
        "submitted_at": "Submitted",
        "lead_organisation": "Lead organisation",
        "partner_names": "Partners",
        "principle_names": "Principles",
    }
    export_filename = "funding-applications"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "status/<int:pk>/",
                StatusChangeView.as_view(),
                name="change_status",
            ),
            path("create-lab/<int:pk>/", CreateLabView.as_view(), name="create_lab"),
        ]


class FundingViewSetGroup(ModelViewSetGroup):
    menu_label = "Applications"
    menu_icon = "form"
    menu_order = 250
    items = (ApplicationViewSet, FundingRoundViewSet)


@hooks.register("register_admin_viewset")
def register_funding_viewsets():
    return FundingViewSetGroup()


hooks.register("comms_dashboard_rows", applications_row, order=10)


@hooks.register("register_comms_permissions")
def comms_permissions():
    """Comms run funding rounds and the applications pipeline: every permission on its models."""
    return {
        model._meta.label_lower: model._meta.default_permissions
        for model in apps.get_app_config("applications").get_models()
    }
