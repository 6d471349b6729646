"""Turns the data files' (block type, value) pairs into StreamField data, checked by the blocks."""

import uuid

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError


def new_block_id():
    return str(uuid.uuid4())


def _heading(value):
    if isinstance(value, dict):
        return {"text": value["text"], "level": value.get("level", "h2")}
    return {"text": value, "level": "h2"}


def _key_figures(value):
    return [
        {
            "type": "item",
            "value": {"figure": str(item["figure"]), "label": item["label"]},
            "id": new_block_id(),
        }
        for item in value
    ]


def _quote(value):
    if isinstance(value, str):
        return {"quote": value, "attribution": ""}
    return {"quote": value["quote"], "attribution": value.get("attribution", "")}


def _call_to_action(value):
    link = value["link"]
    return {
        "heading": value["heading"],
        "text": value.get("text", ""),
        "link": {"label": link["label"], "page": None, "url": link.get("url", "")},
    }


CONVERTERS = {
    "heading": _heading,
    "paragraph": str,
    "key_figures": _key_figures,
    "quote": _quote,
    "call_to_action": _call_to_action,
}


def stream_data(model, field_name, body, where):
    """Raw JSON for `model.field_name`, validated by its stream block; errors name `where`."""
    raw = []
    for position, item in enumerate(body, start=1):
        try:
            block_type, value = item
            converter = CONVERTERS[block_type]
            raw.append({"type": block_type, "value": converter(value), "id": new_block_id()})
        except (KeyError, TypeError, ValueError) as error:
            raise CommandError(
                f"{where}: body item {position} ({str(item)[:60]}...) is not a heading, "
                f"paragraph, key_figures, quote or call_to_action block as the format expects "
                f"({error!r})."
            ) from error
    check_stream(model, field_name, raw, where)
    return raw


def check_stream(model, field_name, raw, where):
    field = model._meta.get_field(field_name)
    try:
        field.stream_block.clean(field.to_python(raw))
    except ValidationError as error:
        details = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
        raise CommandError(f"{where}: {field_name} is not valid: {details}") from error
