"""The admin view where comms make people leads of a lab, or stop them being leads."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from accounts import rules
from accounts.roles import is_comms

from .access import add_lab_lead, lab_access, lab_leads, remove_lab_lead
from .forms import LabLeadForm
from .models import PolicyLabPage


def _describe(user):
    name = user.get_full_name() or user.get_username()
    return f"{name} <{user.email}>" if user.email else name


class LabLeadsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "labs/admin/lab_leads.html"
    header_icon = "group"

    def dispatch(self, request, page_id):
        if not is_comms(request.user):
            raise PermissionDenied
        self.lab = get_object_or_404(PolicyLabPage, pk=page_id)
        self.access = lab_access(self.lab)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return f"Lab leads: {self.lab.get_admin_display_title()}"

    def get_breadcrumbs_items(self):
        parent = self.lab.get_parent()
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_explore", args=[parent.pk]), "label": parent.title},
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.lab.pk]),
                "label": self.lab.get_admin_display_title(),
            },
            {"url": "", "label": "Lab leads"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        leads = kwargs.get("leads")
        if leads is None:
            leads = list(lab_leads(self.lab))
        context.update(
            lab=self.lab,
            access=self.access,
            leads=leads,
            form=kwargs.get("form") or LabLeadForm(current_leads=leads),
        )
        return context

    def get(self, request, page_id):
        return self.render_to_response(self.get_context_data())

    def post(self, request, page_id):
        if "remove" in request.POST:
            return self._remove(request, request.POST["remove"])
        leads = list(lab_leads(self.lab))
        form = LabLeadForm(request.POST, current_leads=leads, for_user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, leads=leads))
        user = form.cleaned_data["account"]
        add_lab_lead(self.lab, user)
        log(self.lab, "labs.lead_added", user=request.user, data={"lead": _describe(user)})
        messages.success(request, f"{_describe(user)} now leads {self.lab.title}.")
        return redirect("labs_lab_leads", page_id=self.lab.pk)

    def _remove(self, request, user_id):
        user = lab_leads(self.lab).filter(pk=user_id if str(user_id).isdigit() else None).first()
        if user is None:
            messages.error(request, "That person is not a lead of this lab.")
        elif not rules.may_change_roles(request.user, user):
            messages.error(request, "Only a superuser can change this account's roles.")
        else:
            remove_lab_lead(self.lab, user)
            log(self.lab, "labs.lead_removed", user=request.user, data={"lead": _describe(user)})
            messages.success(request, f"{_describe(user)} no longer leads {self.lab.title}.")
        return redirect("labs_lab_leads", page_id=self.lab.pk)
