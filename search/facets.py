"""Facets: parse the filters in a URL, and offer the options the engine counted.

Counts are exact for the current result set and only options with a count above zero are offered,
so choosing any option can never lead to an empty page. Several values of one facet must all hold.
Values that are malformed or unknown are dropped, never an error.
"""

import heapq
from dataclasses import dataclass, field

from core.models import Principle, Region, Theme
from core.page_cache import generation
from core.search_facts import type_labels

MAX_VALUES_PER_FACET = 5
MAX_OPTIONS = 12  # options offered per facet (the most frequent), plus any already chosen
MAX_VALUE_LENGTH = 100
# (URL parameter and the facet's name in the index, label), in the order they are shown.
FACETS = [
    ("type", "Content type"),
    ("theme", "Theme"),
    ("principle", "Principle"),
    ("region", "Region"),
    ("member", "Member"),
    ("year", "Year"),
]
FACET_LABELS = dict(FACETS)
TAXONOMY_NAME = "search-taxonomy"  # kept for the content generation


@dataclass
class FacetOption:
    value: str  # as it appears in the URL
    label: str
    count: int
    selected: bool = False
    toggle_params: str = ""  # the query string with this option switched on or off


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    more: int = 0  # further options, with fewer results, not offered


@dataclass
class Filter:
    """A facet value in force: `key` is what items hold (an id, a type key or a year)."""

    facet: str
    value: str
    key: object
    label: str


def _build_taxonomy():
    return {
        "theme": {t.pk: (t.slug, t.name, t.name, None) for t in Theme.objects.all()},
        "region": {r.pk: (r.slug, r.name, r.name, None) for r in Region.objects.all()},
        "principle": {p.pk: (p.slug, p.name, str(p), p.number) for p in Principle.objects.all()},
    }


def _taxonomy():
    """{facet: {pk: (slug, name, option label, fixed place or None)}}, kept for the content
    generation."""
    return generation.cached(TAXONOMY_NAME, _build_taxonomy)


def _raw_values(params, name):
    getter = getattr(params, "getlist", None)
    values = getter(name) if getter else ([params[name]] if name in params else [])
    clean = []
    for value in values:
        if isinstance(value, str):
            value = value.replace("\x00", "").strip()
            if value and len(value) <= MAX_VALUE_LENGTH and value not in clean:
                clean.append(value)
    return clean[:MAX_VALUES_PER_FACET]


def parse_filters(params, visible_members):
    types = type_labels()
    filters = [Filter("type", v, v, types[v]) for v in _raw_values(params, "type") if v in types]
    taxonomy = _taxonomy()
    for name in ("theme", "principle", "region", "member"):
        values = _raw_values(params, name)
        if not values:
            continue
        if name == "member":
            rows = visible_members.filter(slug__in=values).values_list("slug", "pk", "title")
            found = {slug: (pk, title) for slug, pk, title in rows}
        else:
            found = {slug: (pk, label) for pk, (slug, label, *_) in taxonomy[name].items()}
        filters += [Filter(name, v, *found[v]) for v in values if v in found]
    for value in _raw_values(params, "year"):
        if value.isdigit() and 1900 <= int(value) <= 2100:
            filters.append(Filter("year", value, int(value), value))
    return filters


def _counted(counts):
    """{facet: {key: count}} of the engine's {(facet, "value"): count}."""
    counted = {name: {} for name in FACET_LABELS}
    for (name, value), count in counts.items():
        if count > 0 and name in counted and (name == "type" or value.isdigit()):
            counted[name][value if name == "type" else int(value)] = count
    return counted


def members_to_offer(counts, filters):
    """The members worth reading for the Member facet: a common word holds a thousand, so only
    the most frequent (with room for some this person may not see) and those chosen."""
    held = _counted(counts)["member"]
    wanted = set(heapq.nlargest(3 * MAX_OPTIONS, held, key=lambda pk: (held[pk], pk)))
    return wanted | {f.key for f in filters if f.facet == "member"}


def offer_facets(counts, filters, toggle, members):
    """The facets to offer from the engine's `counts`, with the visible member pages read (by
    id). Types, principles and years keep their order; other options come most results first."""
    counted = _counted(counts)
    types = enumerate(type_labels().items())
    choices = {
        name: {pk: (slug, label, place) for pk, (slug, _, label, place) in values.items()}
        for name, values in _taxonomy().items()
    }
    choices |= {
        "type": {key: (key, label, place) for place, (key, label) in types},
        "year": {year: (str(year), str(year), -year) for year in counted["year"]},
        "member": {
            pk: (members[pk].slug, members[pk].title, None)
            for pk in members_to_offer(counts, filters)
            if pk in members
        },
    }
    selected = {(f.facet, f.key) for f in filters}
    facets = []
    for name, label in FACETS:
        count, choice = counted[name], choices[name]
        offered = sorted(
            (key for key in count if key in choice), key=lambda key: _order(choice, count, key)
        )
        options = [
            FacetOption(value, text, count[key], (name, key) in selected, toggle(name, value))
            for position, key in enumerate(offered)
            if position < MAX_OPTIONS or (name, key) in selected
            for value, text, _ in [choice[key]]
        ]
        # Members are only read for the most frequent, so "N more" counts every one held.
        more = len(count if name == "member" else offered) - len(options)
        facets.append(Facet(name, label, options, more=max(more, 0)))
    return facets


def _order(choice, count, key):
    _value, text, fixed = choice[key]
    return (fixed, key) if fixed is not None else (-count[key], text.lower(), key)
