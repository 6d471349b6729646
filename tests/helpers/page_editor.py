"""Driving the Wagtail page editor's own forms from tests: read the form as the admin renders
it, change some fields, send it."""

from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

PAGE_FORM_ID = "page-edit-form"


def admin_form_data(client, url):
    """The form's data as the admin renders it, including management forms, for a round trip."""
    response = client.get(url)
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id=PAGE_FORM_ID)


def add_page(client, parent, model, fields):
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    data = admin_form_data(client, url)
    for name, value in fields.items():
        if isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    data["slug"] = data.get("slug") or slugify(fields["title"])
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    errors = (
        response.context["form"].errors if response.context and "form" in response.context else {}
    )
    assert response.status_code == 302, f"{model.__name__} add form rejected: {errors}"
    return model.objects.get(slug=data["slug"])


def republish_through_edit_form(client, page, changes):
    """Stream fields are drawn by JavaScript in the admin, so `changes` must supply them."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = admin_form_data(client, url)
    data.update(changes)
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    errors = (
        response.context["form"].errors if response.context and "form" in response.context else {}
    )
    assert response.status_code == 302, f"{type(page).__name__} edit form rejected: {errors}"
    return Page.objects.get(pk=page.pk).specific


def body_fields():
    return nested_form_data(
        {
            "body": streamfield(
                [("paragraph", rich_text("<p>Residents and officers designed it together.</p>"))]
            )
        }
    )
