"""Admin views for applications: the listing, the detail view and the pipeline actions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button

from .conversion import ConversionRefused, check_convertible, create_lab_from_application
from .forms import StatusChangeForm
from .models import Application
from .pipeline import TransitionNotAllowed, allowed_next_statuses, change_status

URL_NAMESPACE = "funding_applications"


def pipeline_buttons(application, priority=5):
    """The header buttons for the pipeline actions open to this application."""
    buttons = []
    if allowed_next_statuses(application):
        buttons.append(
            Button(
                "Change status",
                url=reverse(f"{URL_NAMESPACE}:change_status", args=[application.pk]),
                icon_name="arrow-right",
                priority=priority,
            )
        )
    if application.created_lab_id:
        buttons.append(
            Button(
                "Edit lab page",
                url=reverse("wagtailadmin_pages:edit", args=[application.created_lab_id]),
                icon_name="doc-full",
                priority=priority + 1,
            )
        )
    elif application.status == "funded":
        buttons.append(
            Button(
                "Create lab page",
                url=reverse(f"{URL_NAMESPACE}:create_lab", args=[application.pk]),
                icon_name="doc-full-inverse",
                priority=priority + 1,
            )
        )
    return buttons


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Applicants' text must not run as a formula when comms open the CSV in a spreadsheet."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


class ApplicationIndexView(IndexView):
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        str: {IndexView.FORMAT_CSV: neutralise_formula},
    }

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("funding_round", "lead_member", "created_lab")
            .prefetch_related("partner_members", "principles")
        )

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # Comms review applications: the title opens the detail view, not the edit form.
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(
            field_name, column_class, get_url=self.get_inspect_url, **kwargs
        )


class ApplicationInspectView(InspectView):
    template_name = "applications/admin/application_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Application.objects.select_related("funding_round", "lead_member", "created_lab"),
            pk=self.pk,
        )

    def get_page_subtitle(self):
        return str(self.object)

    def get_lead_organisation_display_value(self):
        return self.object.lead_organisation

    def get_other_partners_display_value(self):
        return ", ".join(self.object.other_partner_names) or "-"

    def get_created_lab_display_value(self):
        return self.object.created_lab.title if self.object.created_lab_id else "-"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.user_has_permission("change"):
            buttons += pipeline_buttons(self.object)
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_changes"] = self.object.status_changes.select_related("changed_by")
        return context


class ApplicationEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        return list(super().header_more_buttons) + pipeline_buttons(self.object, priority=25)


class ApplicationActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Base of the pipeline actions: comms with the change permission act on one application."""

    model = Application
    permission_required = "change"
    header_icon = "form"

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            Application.objects.select_related("funding_round", "lead_member"), pk=pk
        )

    @property
    def inspect_url(self):
        return reverse(f"{URL_NAMESPACE}:inspect", args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{URL_NAMESPACE}:index"), "label": "Funding applications"},
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, inspect_url=self.inspect_url)
        return context


class StatusChangeView(ApplicationActionView):
    page_title = "Change status"
    template_name = "applications/admin/status_change.html"

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return StatusChangeForm(data, application=self.object)

    def get(self, request, *args, **kwargs):
        if not allowed_next_statuses(self.object):
            messages.warning(request, self._final_message())
            return redirect(self.inspect_url)
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        if not allowed_next_statuses(self.object):
            messages.error(request, self._final_message())
            return redirect(self.inspect_url)
        form = self.get_form()
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            change = change_status(
                self.object,
                form.cleaned_data["to_status"],
                user=request.user,
                comment=form.cleaned_data["comment"],
            )
        except TransitionNotAllowed as error:
            messages.error(request, str(error))
            return redirect(self.inspect_url)
        messages.success(
            request, f"{self.object.reference} is now {change.get_to_status_display().lower()}."
        )
        return redirect(self.inspect_url)

    def _final_message(self):
        return (
            f"{self.object.reference} is {self.object.get_status_display().lower()}, "
            "and its status can no longer change."
        )


class CreateLabView(ApplicationActionView):
    page_title = "Create lab page"
    template_name = "applications/admin/create_lab.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self._can_add_lab_pages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def _can_add_lab_pages(user):
        from labs.models import PolicyLabIndexPage

        index = PolicyLabIndexPage.objects.order_by("path").first()
        # With no index the conversion is refused with its own message.
        return index is None or index.permissions_for_user(user).can_add_subpage()

    def get(self, request, *args, **kwargs):
        try:
            index = check_convertible(self.object)
        except ConversionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(self.inspect_url)
        return self.render_to_response(self.get_context_data(lab_index=index))

    def post(self, request, *args, **kwargs):
        try:
            lab = create_lab_from_application(self.object, user=request.user)
        except ConversionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(self.inspect_url)
        messages.success(
            request,
            f"Draft lab page '{lab.title}' created from {self.object.reference}, with its "
            "document collection and lead group. Check it, then publish or submit it.",
        )
        return redirect("wagtailadmin_pages:edit", lab.pk)
