"""Filtered, paginated listings for index pages.

A filter form names its fields; values that do not validate are dropped, so a malformed or stale
link still gives a normal page rather than an error.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

LISTING_IMAGE_SPECS = ("fill-480x270|format-webp", "fill-960x540|format-webp")
LOGO_SPECS = ("max-240x120|format-webp", "max-480x240|format-webp")
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

    def filter_queryset(self, queryset):
        for name, value in self.valid_values().items():
            lookup = self.lookups[name]
            if callable(lookup):
                queryset = lookup(queryset, value)
            else:
                queryset = queryset.filter(**{lookup: value})
        return queryset

    def active_filters(self):
        """(label, value) pairs describing the filters in force, for the result summary."""
        return [
            (self.fields[name].label or name.capitalize(), self.display_value(name, value))
            for name, value in self.valid_values().items()
        ]

    def display_value(self, name, value):
        """What people read for a value: a choice's label rather than its stored code."""
        field = self.fields[name]
        if isinstance(field, forms.ModelChoiceField):
            return str(value)
        labels = {str(key): label for key, label in field.choices}
        return labels.get(str(value), value)


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
    form.fields[field_name].choices = [("", "Any")] + [(year, year) for year in years]


def with_listing_images(queryset, field="listing_image", specs=LISTING_IMAGE_SPECS):
    """Fetch each item's image and its renditions in two queries, whatever the count."""
    return queryset.prefetch_related(
        Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(*specs))
    )


def paginate(request, queryset, per_page=PAGE_SIZE):
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get("page"))


def filtered_listing(request, queryset, form):
    queryset = form.filter_queryset(queryset)
    page_obj = paginate(request, queryset)
    return {
        "filter_form": form,
        "active_filters": form.active_filters(),
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
