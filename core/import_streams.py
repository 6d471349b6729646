"""StreamField bodies in import files: Markdown text, or a list of Markdown text and the blocks
Markdown cannot say (key figures, quotes, calls to action), made into a page's stream, checked
by the stream's own blocks, and compared with what a page already holds.

    "body": "## A heading\\n\\nA paragraph, - lists, **bold**, [links](https://...)."
    "body": [
        "## What changed\\n\\nText...",
        {"key_figures": [{"figure": "75+", "label": "people at the marketplace"}]},
        {"quote": "What someone said.", "attribution": "Who said it"},
        {"call_to_action": {"heading": "...", "text": "...",
                            "link": {"label": "...", "url": "https://..."}}},
        "More text..."
    ]
"""

import uuid

from django.core.exceptions import ValidationError

from .importing import RecordError, markdown_blocks

PART_KINDS = ("key_figures", "quote", "call_to_action")


def body_blocks(value, key="body"):
    """The (block type, value) pairs a body gives, in order; RecordError when it is neither
    Markdown text nor a list of Markdown text and key_figures, quote or call_to_action objects."""
    if isinstance(value, str):
        return markdown_blocks(value)
    if not isinstance(value, list):
        raise RecordError(f"{key} must be Markdown text or a list of parts")
    blocks = []
    for number, part in enumerate(value, start=1):
        where = f"{key} part {number}"
        if isinstance(part, str):
            blocks.extend(markdown_blocks(part))
        elif isinstance(part, dict) and len(set(part) & set(PART_KINDS)) == 1:
            blocks.append(_special_block(part, where))
        else:
            raise RecordError(
                f"{where} must be Markdown text or an object with one of {', '.join(PART_KINDS)}"
            )
    return blocks


def _special_block(part, where):
    if "key_figures" in part:
        figures = part["key_figures"]
        if not isinstance(figures, list) or not figures:
            raise RecordError(f"{where}: key_figures must be a list of {{figure, label}} objects")
        return (
            "key_figures",
            [
                {"figure": _text(item, "figure", where), "label": _text(item, "label", where)}
                for item in figures
            ],
        )
    if "quote" in part:
        quote = {"quote": _text(part, "quote", where)}
        return ("quote", quote | {"attribution": _text(part, "attribution", where)})
    action = part["call_to_action"]
    if not isinstance(action, dict) or not isinstance(action.get("link"), dict):
        raise RecordError(f"{where}: call_to_action needs a heading, text and a link")
    return (
        "call_to_action",
        {
            "heading": _text(action, "heading", where),
            "text": _text(action, "text", where),
            "link": {
                "label": _text(action["link"], "label", where),
                "page": None,
                "url": _text(action["link"], "url", where),
            },
        },
    )


def _text(item, key, where):
    value = item.get(key, "") if isinstance(item, dict) else None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RecordError(f"{where}: {key} must be text")
    return str(value).strip()


def raw_stream(blocks):
    """Blocks as StreamField's stored form, each with a new id."""
    return [
        {"type": kind, "value": _stored(kind, value), "id": str(uuid.uuid4())}
        for kind, value in blocks
    ]


def _stored(kind, value):
    if kind == "key_figures":
        return [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in value]
    return value


def checked_stream(model, field_name, blocks):
    """The blocks as `model.field_name`'s stored form, validated by its stream block (lengths,
    required values, the text budget); RecordError says what is wrong."""
    raw = raw_stream(blocks)
    field = model._meta.get_field(field_name)
    try:
        field.stream_block.clean(field.to_python(raw))
    except ValidationError as error:
        raise RecordError(f"{field_name} is not valid: {'; '.join(_messages(error))}") from None
    return raw


def _messages(error):
    data = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
    return [str(data)] if not isinstance(data, list) else [str(item) for item in data]


def stream_blocks(stream):
    """A page's stream as (block type, value) pairs in the form `body_blocks` gives, so an
    import can tell whether a body changed (block ids and list item ids left out)."""
    return [
        (child.block_type, _without_ids(child.block.get_prep_value(child.value)))
        for child in stream
    ]


def _without_ids(value):
    if isinstance(value, list):
        return [
            _without_ids(item["value"])
            if isinstance(item, dict) and set(item) >= {"type", "value"} and item["type"] == "item"
            else _without_ids(item)
            for item in value
        ]
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items()}
    return value
