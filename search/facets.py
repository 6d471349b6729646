"""Facets: parse the filters in a URL, narrow items by them, count what remains.

Counts are exact for the current result set and only options with a count above zero are offered,
so choosing any option can never lead to an empty page. Several values of one facet must all hold.
Values that are malformed or unknown are dropped, never an error.
"""

from collections import Counter
from dataclasses import dataclass, field

from core.models import Principle, Region, Theme
from core.search_facts import type_labels

MAX_VALUES_PER_FACET = 5
MAX_OPTIONS = 12  # options offered per facet (the most frequent), plus any already chosen
MAX_VALUE_LENGTH = 100


@dataclass(frozen=True)
class FacetSpec:
    name: str  # the URL parameter, and the facet's name in an item's `facet_keys`
    label: str


FACET_SPECS = [
    FacetSpec("type", "Content type"),
    FacetSpec("theme", "Theme"),
    FacetSpec("principle", "Principle"),
    FacetSpec("region", "Region"),
    FacetSpec("member", "Member"),
    FacetSpec("year", "Year"),
]
SLUG_MODELS = {"theme": Theme, "principle": Principle, "region": Region}


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

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


@dataclass
class Filter:
    """A facet value in force: `key` is what items hold (an id, a type key or a year)."""

    facet: str
    value: str
    key: object
    label: str


def _raw_values(params, name):
    getter = getattr(params, "getlist", None)
    values = getter(name) if getter else ([params[name]] if name in params else [])
    if isinstance(values, str):
        values = [values]
    clean = []
    for value in values:
        if isinstance(value, str):
            value = value.replace("\x00", "").strip()
            if value and len(value) <= MAX_VALUE_LENGTH and value not in clean:
                clean.append(value)
    return clean[:MAX_VALUES_PER_FACET]


def parse_filters(params, visible_members):
    """The valid filters in `params` (a QueryDict or dict). Unknown values are ignored."""
    filters = []
    types = type_labels()
    for value in _raw_values(params, "type"):
        if value in types:
            filters.append(Filter("type", value, value, types[value]))
    for name, model in SLUG_MODELS.items():
        values = _raw_values(params, name)
        if values:
            found = {obj.slug: obj for obj in model.objects.filter(slug__in=values)}
            filters += [Filter(name, v, found[v].pk, found[v].name) for v in values if v in found]
    values = _raw_values(params, "member")
    if values:
        found = {
            slug: (pk, title)
            for pk, slug, title in visible_members.filter(slug__in=values).values_list(
                "pk", "slug", "title"
            )
        }
        filters += [Filter("member", v, found[v][0], found[v][1]) for v in values if v in found]
    for value in _raw_values(params, "year"):
        if value.isdigit() and 1900 <= int(value) <= 2100:
            filters.append(Filter("year", value, int(value), value))
    return filters


def count_facets(counts, filters, toggle, member_labels, taxonomy_labels):
    """Facets from `counts` ({(facet, value): number of results holding it}, for the results
    already narrowed). `toggle(facet, value)` gives the query string that switches that option on
    or off; `member_labels` is {member page id: (slug, title)} for the members this user may see;
    `taxonomy_labels` comes from `load_taxonomy_labels`."""
    counters = {spec.name: Counter() for spec in FACET_SPECS}
    for (name, key), count in counts.items():
        counters[name][key] = count
    selected = {(f.facet, f.key) for f in filters}
    labels = _labels(counters, member_labels, taxonomy_labels)
    facets = []
    for spec in FACET_SPECS:
        ranked = sorted(
            (
                (labels[spec.name][key][2](count), key, count)
                for key, count in counters[spec.name].items()
                if count > 0 and key in labels[spec.name]
            ),
            key=lambda entry: entry[0],
        )
        kept = [
            (key, count)
            for position, (_, key, count) in enumerate(ranked)
            if position < MAX_OPTIONS or (spec.name, key) in selected
        ]
        options = []
        for key, count in kept:
            value, label, _ = labels[spec.name][key]
            options.append(
                FacetOption(
                    value=value,
                    label=label,
                    count=count,
                    selected=(spec.name, key) in selected,
                    toggle_params=toggle(spec.name, value),
                )
            )
        facets.append(Facet(spec.name, spec.label, options, more=len(ranked) - len(kept)))
    return facets


def load_taxonomy_labels():
    """{facet: {id: (slug, label, order)}} for themes, principles and regions. Principles keep
    their order in the Statement and show their number; the others are ordered by count."""
    labels = {
        name: {
            pk: (slug, label, None)
            for pk, slug, label in model.objects.values_list("pk", "slug", "name")
        }
        for name, model in SLUG_MODELS.items()
        if name != "principle"
    }
    labels["principle"] = {p.pk: (p.slug, str(p), p.number) for p in Principle.objects.all()}
    return labels


def _labels(counters, member_labels, taxonomy_labels):
    """{facet: {key: (url value, label, sort key function)}} for the keys that were counted."""
    types = type_labels()
    type_order = list(types)
    labels = {
        "type": {
            key: (key, types[key], lambda count, k=key: (type_order.index(k),))
            for key in counters["type"]
            if key in types
        },
        "year": {key: (str(key), str(key), lambda count, k=key: (-k,)) for key in counters["year"]},
    }
    for name in SLUG_MODELS:
        known = taxonomy_labels[name]
        labels[name] = {}
        for pk in counters[name]:
            if pk in known:
                slug, label, number = known[pk]
                if number is None:
                    order = lambda count, s=label: (-count, s.lower())  # noqa: E731
                else:
                    order = lambda count, n=number: (n,)  # noqa: E731
                labels[name][pk] = (slug, label, order)
    labels["member"] = {
        pk: (slug, title, lambda count, s=title: (-count, s.lower()))
        for pk in counters["member"]
        if pk in member_labels
        for slug, title in [member_labels[pk]]
    }
    return labels
