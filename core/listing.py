"""Filtered, paginated listings for index pages.

A filter form names its fields; values that do not validate are dropped, so a malformed or stale
link still gives a normal page rather than an error.
"""

import hashlib

from django import forms
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import Count, Func, IntegerField, OuterRef, Prefetch, Subquery
from wagtail.images import get_image_model

from core.page_cache import generation
from core.privacy import annotate_locked
from core.renditions import LISTING_IMAGE_SPECS

PAGE_SIZE = 12


class ListingFilterForm(forms.Form):
    """Subclasses declare optional fields and map each to a queryset lookup in `lookups`.

    A lookup is a field path (filtered with `=`), or a callable `(queryset, value) -> queryset`
    for filters that need more than one condition.
    """

    lookups: dict = {}

    def valid_values(self):
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "") and name in self.lookups
        }

    def filter_queryset(self, queryset, excluding=()):
        """The queryset filtered by every valid value, except the fields named in `excluding`
        (to count what choosing another value of those fields would give)."""
        for name, value in self.valid_values().items():
            if name in excluding:
                continue
            lookup = self.lookups[name]
            if callable(lookup):
                queryset = lookup(queryset, value)
            else:
                queryset = queryset.filter(**{lookup: value})
        return queryset

    def active_filters(self):
        """The filters in force, each with its field name, label and value in words."""
        return [
            {
                "name": name,
                "label": self.fields[name].label or name.capitalize(),
                "value": self.display_value(name, value),
            }
            for name, value in self.valid_values().items()
        ]

    def matching(self, items, name, value):
        """The items that filtering field `name` by `value` keeps."""
        lookup = self.lookups[name]
        if callable(lookup):
            return lookup(items, value)
        return items.filter(**{lookup: value})

    def choice_fields(self):
        return [
            (name, field)
            for name, field in self.fields.items()
            if name in self.lookups and hasattr(field, "choices")
        ]

    def option_facts(self, items):
        """How many items there are, and what each option of each field keeps, worked out once
        per content generation: they depend on the content alone. Options worked out by a
        condition on the time (upcoming, past) are counted on every request instead."""

        def count():
            return {
                "total": items.count(),
                "counts": {
                    name: self.option_counts(name, field, items)
                    for name, field in self.choice_fields()
                    if not callable(self.lookups[name])
                },
            }

        key = query_key(items)
        return generation.cached(f"listing-options:{key}", count) if key else count()

    def offer_useful_choices(self, items):
        """Offer only options that narrow `items`: each must keep some items but not all.

        A field left with fewer than two such options cannot narrow anything and is removed,
        unless a value of it is in force (so the form still shows what is chosen).
        """
        in_force = self.valid_values()
        facts = self.option_facts(items)
        total = facts["total"]
        for name, field in self.choice_fields():
            counts = facts["counts"].get(name)
            if counts is None:
                counts = self.option_counts(name, field, items)
            useful = [option for option, count in counts.items() if 0 < count < total]
            if name in in_force:
                useful.append(self._option_key(field, in_force[name]))
            elif len(useful) < 2:
                del self.fields[name]
                continue
            self._limit_choices(field, useful)

    def option_counts(self, name, field, items):
        """How many of `items` each option of the field keeps: {option key: count}."""
        items = items.order_by()
        if isinstance(field, forms.ModelChoiceField):
            kept = self.matching(items, name, OuterRef("pk")).order_by()
            counted = field.queryset.annotate(
                matches=Subquery(kept.annotate(count=DistinctCount("pk")).values("count")[:1])
            )
            return dict(counted.values_list("pk", "matches"))
        lookup = self.lookups[name]
        if callable(lookup):
            # A choice worked out by a condition (upcoming or past): one count per choice.
            return {
                str(value): self.matching(items, name, value).count()
                for value, _ in field.choices
                if value != ""
            }
        grouped = items.values(lookup).annotate(count=Count("pk", distinct=True))
        return {str(row[lookup]): row["count"] for row in grouped}

    @staticmethod
    def _option_key(field, value):
        if isinstance(field, forms.ModelChoiceField):
            return value.pk
        return str(value)

    @staticmethod
    def _limit_choices(field, keys):
        if isinstance(field, forms.ModelChoiceField):
            field.queryset = field.queryset.filter(pk__in=keys)
        else:
            field.choices = [
                (value, label)
                for value, label in field.choices
                if value == "" or str(value) in keys
            ]

    def display_value(self, name, value):
        """What people read for a value: a choice's label rather than its stored code."""
        field = self.fields[name]
        if isinstance(field, forms.ModelChoiceField):
            return str(value)
        labels = {str(key): label for key, label in getattr(field, "choices", ())}
        return labels.get(str(value), value)


class DistinctCount(Func):
    """COUNT(DISTINCT …) without grouping, for a count in a correlated subquery."""

    function = "COUNT"
    template = "%(function)s(DISTINCT %(expressions)s)"
    output_field = IntegerField()


def slug_choice(queryset, label):
    return forms.ModelChoiceField(
        queryset=queryset, to_field_name="slug", required=False, label=label, empty_label="Any"
    )


def year_choice(label="Year"):
    """Choices are set per request from the years that have content (see `set_year_choices`)."""
    return forms.TypedChoiceField(
        required=False, coerce=int, label=label, choices=[("", "Any")], empty_value=None
    )


def set_year_choices(form, field_name, years):
    """`years`: the years that have content, a queryset (kept until the content changes)."""
    key = query_key(years)
    if key:
        years = generation.cached(f"listing-years:{key}", lambda: list(years))
    form.fields[field_name].choices = [("", "Any")] + [(year, year) for year in years]


def query_key(queryset):
    """A short key for what a queryset asks of the database, or None if it cannot say."""
    try:
        sql = str(queryset.query)
    except (AttributeError, EmptyResultSet):
        return None
    return hashlib.sha256(sql.encode()).hexdigest()[:32]


def with_listing_images(queryset, field="listing_image", specs=LISTING_IMAGE_SPECS):
    """Fetch each item's image and its renditions in two queries, whatever the count."""
    return queryset.prefetch_related(
        Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(*specs))
    )


def lead_member_cards(queryset, user):
    """Pages with a lead member ready for a card listing: lead member, themes and image fetched
    up front, and whether each is locked for `user`."""
    return with_listing_images(
        annotate_locked(
            queryset.live().select_related("lead_member").prefetch_related("themes"), user
        )
    )


def paginate(request, queryset, per_page=PAGE_SIZE):
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get("page"))


def filtered_listing(request, queryset, form):
    form.offer_useful_choices(queryset)
    active_filters = [
        {**active, "remove_url": url_without(request, active["name"], "page")}
        for active in form.active_filters()
    ]
    queryset = form.filter_queryset(queryset)
    page_obj = paginate(request, queryset)
    return {
        "filter_form": form,
        "active_filters": active_filters,
        "items": page_obj.object_list,
        "page_obj": page_obj,
        "result_count": page_obj.paginator.count,
        "querystring_without_page": querystring_without(request, "page"),
    }


def querystring_without(request, *names):
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


def url_without(request, *names):
    """This page's address without the named query parameters."""
    querystring = querystring_without(request, *names)
    return f"{request.path}?{querystring}" if querystring else request.path


def url_with(request, name, value, dropping=("page",)):
    """This page's address with the query parameter `name` set to `value`, and without the
    parameters in `dropping` (a new choice starts again at the first page)."""
    params = request.GET.copy()
    for dropped in dropping:
        params.pop(dropped, None)
    params[name] = value
    return f"{request.path}?{params.urlencode()}"
