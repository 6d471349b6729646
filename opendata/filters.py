"""The open data API's own filters: theme, principle, region, member and year, given as the
listings give them (slugs, and a year as four digits). Each endpoint says which it offers and
what each narrows (`filter_lookups`: a field path, or a callable `(queryset, value)`, the same
lookups as the listing's filter form). An unknown value is an error, so a typo is never
mistaken for an empty result."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from core.models import Principle, Region, Theme
from core.privacy import public_pages
from members.models import MemberPage

TERM_MODELS = {"theme": Theme, "principle": Principle, "region": Region}
YEARS = range(1900, 2101)


def parse_value(name, raw, choices=None):
    """The value a filter narrows by: a term, a member profile, a year or one of `choices`."""
    if choices is not None:
        found = raw if raw in choices else None
    elif name in TERM_MODELS:
        found = TERM_MODELS[name].objects.filter(slug=raw).first()
    elif name == "member":
        found = public_pages(MemberPage.objects.all()).filter(slug=raw).first()
    elif name == "year":
        found = int(raw) if raw.isdigit() and int(raw) in YEARS else None
    else:
        found = None
    if found is None:
        raise BadRequestError(f"{name} filter error: no {name} {raw!r}")
    return found


class OpenDataFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        for name, lookup in view.filter_lookups.items():
            raw = request.GET.get(name)
            if raw is None:
                continue
            value = parse_value(name, raw.strip(), view.filter_choices.get(name))
            if callable(lookup):
                queryset = lookup(queryset, value)
            else:
                queryset = queryset.filter(**{lookup: value})
        return queryset
