"""The data migration that moved a page's one contact (four fields on the page) into its
ordered contacts. Kept here because three apps' migrations run it; nothing else uses it."""

CONTACT_FIELDS = ("name", "role", "email", "phone")


def move_contacts_forward(app_label, page_model, contact_model):
    """A RunPython function: each page's contact becomes its first contact, on the page and in
    every one of its revisions, so drafts, scheduled revisions and history keep it too."""

    def forward(apps, schema_editor):
        pages = apps.get_model(app_label, page_model)
        contacts = apps.get_model(app_label, contact_model)
        for page in pages.objects.all().iterator():
            values = old_values(page.__dict__)
            if any(values.values()):
                contacts.objects.create(page_id=page.pk, sort_order=0, **values)
        for revision in page_revisions(apps, app_label, page_model):
            content = revision.content
            if "contacts" in content or not any(f"contact_{f}" in content for f in CONTACT_FIELDS):
                continue
            values = old_values(content)
            content["contacts"] = (
                [{"pk": None, "sort_order": 0, "page": content.get("pk"), **values}]
                if any(values.values())
                else []
            )
            revision.save(update_fields=["content"])

    return forward


def move_contacts_backward(app_label, page_model, contact_model):
    """Undo: each page's first contact goes back into the page's fields."""

    def backward(apps, schema_editor):
        pages = apps.get_model(app_label, page_model)
        contacts = apps.get_model(app_label, contact_model)
        done = set()
        for contact in contacts.objects.order_by("page_id", "sort_order", "pk").iterator():
            if contact.page_id in done:
                continue
            done.add(contact.page_id)
            pages.objects.filter(pk=contact.page_id).update(
                **{f"contact_{field}": getattr(contact, field) for field in CONTACT_FIELDS}
            )
        contacts.objects.all().delete()

    return backward


def old_values(data):
    return {field: (data.get(f"contact_{field}") or "").strip() for field in CONTACT_FIELDS}


def page_revisions(apps, app_label, page_model):
    content_types = apps.get_model("contenttypes", "ContentType")
    revisions = apps.get_model("wagtailcore", "Revision")
    content_type = content_types.objects.filter(app_label=app_label, model=page_model.lower())
    return revisions.objects.filter(content_type__in=content_type).iterator()
