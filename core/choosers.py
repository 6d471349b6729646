"""Which documents and images an editor may attach: a check of what a form's choosers posted.

A chooser widget posts a plain id, so without this check anyone who can edit a page could attach
any document or image by its id, whatever its collection. The rule is Wagtail's own: an editor
may attach what they may *choose* (the collection permission the choosers list by), through
Wagtail's permission policies. What the page already had is kept as it is, so a lab lead can
still save a page that links a members-only document comms chose.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry


def _policies():
    return {
        get_document_model(): (policy_registry.get_by_type(get_document_model()), "document"),
        get_image_model(): (policy_registry.get_by_type(get_image_model()), "image"),
    }


def _model_field(form, name):
    model = getattr(getattr(form, "_meta", None), "model", None)
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _pk(value):
    return str(value.pk if isinstance(value, models.Model) else value)


def references(model_field, value, guarded):
    """The (model, id) pairs of guarded models that `value` of `model_field` refers to."""
    if value in (None, "", [], ()):
        return set()
    if model_field.is_relation and model_field.related_model in guarded:
        values = value if model_field.many_to_many else [value]
        return {(model_field.related_model, _pk(item)) for item in values if item not in (None, "")}
    if hasattr(model_field, "extract_references"):
        return {
            (model, str(object_id))
            for model, object_id, *_ in model_field.extract_references(value)
            if model in guarded
        }
    return set()


def _live_forms(form):
    """The form and every child form in its formsets (nested ones too) that will be saved."""
    yield form
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            cleaned = getattr(child, "cleaned_data", None) or {}
            if cleaned.get("DELETE"):
                continue
            yield from _live_forms(child)


def _form_references(form, guarded, values):
    found = {}
    for name in form.fields:
        model_field = _model_field(form, name)
        if model_field is None:
            continue
        value = values(form, name)
        found[name] = references(model_field, value, guarded)
    return found


def _initial(form, name):
    return form.initial.get(name)


def _cleaned(form, name):
    return getattr(form, "cleaned_data", {}).get(name)


def check_chosen_media(form, user):
    """Add a field error to `form`, or to one of its child forms, for every document or image
    it newly attaches that `user` may not choose. Returns True when it found none."""
    policies = _policies()
    forms = list(_live_forms(form))
    already_attached = set()
    for each in forms:
        for found in _form_references(each, policies, _initial).values():
            already_attached |= found

    allowed = {}
    clean = True
    for each in forms:
        if not getattr(each, "cleaned_data", None):
            continue
        for name, found in _form_references(each, policies, _cleaned).items():
            for model, object_id in sorted(found - already_attached, key=str):
                policy, noun = policies[model]
                if model not in allowed:
                    allowed[model] = policy.instances_user_has_any_permission_for(user, ["choose"])
                if not allowed[model].filter(pk=object_id).exists():
                    each.add_error(name, f"You cannot choose this {noun} (id {object_id}).")
                    clean = False
    return clean
