"""A search's state in its URL (q or similar_to, sort, filters, page): read from what was sent,
bounded, and written back as the query strings of the page's links."""

from urllib.parse import urlencode

SORTS = {"relevance": "Relevance", "newest": "Newest first"}


def first(params, name, default=""):
    getter = getattr(params, "get", None)
    value = getter(name, default) if getter else default
    if isinstance(value, (list, tuple)):
        value = value[0] if value else default
    return value if isinstance(value, str) else default


def bounded_int(value, default, low, high):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def encode_state(state, **changes):
    merged = {**state, **changes}
    similar_to = merged.get("similar_to")
    pairs = [("similar_to", similar_to)] if similar_to else [("q", merged.get("q", ""))]
    if merged.get("sort", "relevance") != "relevance":
        pairs.append(("sort", merged["sort"]))
    pairs.extend(merged.get("filters", ()))
    if merged.get("page", 1) != 1:
        pairs.append(("page", merged["page"]))
    return urlencode(pairs)


def toggling(state):
    """toggle(facet, value): the query string with that filter switched on or off."""
    current = list(state["filters"])

    def toggle(facet, value):
        pair = (facet, value)
        filters = [p for p in current if p != pair] if pair in current else current + [pair]
        return encode_state(state, filters=filters, page=1)

    return toggle
