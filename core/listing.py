"""Filtered, paginated listings for index pages.

A filter form names its fields; values that do not validate are dropped, so a malformed or stale
link still gives a normal page rather than an error.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, partial

from django import forms
from django.core.exceptions import EmptyResultSet, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch
from django.db.models.functions import ExtractYear
from django.forms.models import ModelChoiceIterator
from wagtail.fields import StreamField
from wagtail.images import get_image_model

from core.listing_widgets import FilterSelect
from core.models import Theme
from core.models.mixins import LEAD_MEMBER_TITLE
from core.page_cache import generation
from core.privacy import annotate_locked
from core.renditions import LISTING_IMAGE_SPECS

PAGE_SIZE = 12


class ListingFilterForm(forms.Form):
    """Subclasses declare optional fields and map each to a queryset lookup in `lookups`.

    A lookup is a field path (filtered with `=`), or a callable `(queryset, value) -> queryset`
    for filters that need more than one condition. A callable lookup that keeps the items
    reaching the value through any of several paths (led by or involving a member) names them
    in `option_paths`, so its options are counted with grouped queries like a path's.

    What the form keeps for the content generation (each kept field's options, each year
    field's years, the option counts) is read from the shared cache in one round trip, before
    the form first checks its values (`read_kept`).
    """

    lookups: dict = {}
    option_paths: dict = {}
    # Whether the listing's order, unfiltered, is kept for the content generation. It is keyed
    # by the SQL of what is kept (`order_rows`), so a listing whose order depends on the time
    # keeps rows its order can be worked out from at any time (`keys_in_order`).
    keep_order = True

    def order_rows(self, queryset):
        """What is kept of the unfiltered listing to know its order: by default its keys, in
        listing order."""
        return queryset.values_list("pk", flat=True)

    def keys_in_order(self, rows):
        """The keys in listing order, from the rows `order_rows` kept."""
        return rows

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.year_sources = {}  # {field name: the years that have content, a queryset}
        self.kept_read = False
        self.items_key = None  # the listing's items, keyed by their SQL (read_kept)

    def keep_years(self, name, years):
        """Offer, in field `name`, the years of `years` (read with what else the form keeps)."""
        self.year_sources[name] = years
        self.kept_read = False

    def read_kept(self, items=None, also=()):
        """Read what the form keeps for the content generation, in one round trip to the shared
        cache: each kept field's options, each year field's years and, given the listing's
        `items`, the option facts (see `option_facts`), which it returns. The facts named in
        `also` are read in the same round trip, for the request to find later."""
        wanted = [  # (the name it is kept under, or None if it cannot be kept; build; use)
            (field.kept_name(), field.read_options, field.use_options)
            for field in self.fields.values()
            if isinstance(field, KeptModelChoiceField) and not field.has_options()
        ]
        for name, years in self.year_sources.items():
            wanted.append(
                (
                    kept_name("listing-years", years),
                    partial(list, years),
                    partial(self._use_years, name),
                )
            )
        facts = {}
        seconds = generation.CACHED_SECONDS
        if items is not None:
            items = items.order_by()
            # Keyed by the form and the items' keys alone: the counts do not depend on what is
            # read with each item, and that SQL is four times quicker to write.
            self.items_key = query_key(items.values("pk"))
            wanted.append(
                (
                    self._items_fact_name("listing-options"),
                    partial(self._count_options, items),
                    facts.update,
                )
            )
            if any(self.counting_paths(name) is None for name, _ in self.choice_fields()):
                seconds = generation.VISITOR_FACTS_SECONDS
        kept = generation.cached_many(
            {name: build for name, build, _ in wanted if name}, seconds, also=also
        )
        for name, build, use in wanted:
            use(kept[name] if name else build())
        self.year_sources = {}
        self.kept_read = True
        return facts or None

    def _items_fact_name(self, *parts):
        """The name of a fact about the listing's items (read_kept's `items`), or None."""
        if not self.items_key:
            return None
        return ":".join([parts[0], type(self).__name__, self.items_key, *map(str, parts[1:])])

    def may_select_from_kept(self):
        """Whether every filter asked for keeps the same items until the content changes (not
        a condition such as upcoming or past), so the items chosen can be worked out from the
        holders kept for each value (`kept_holders`)."""
        asked = [name for name in self.lookups if self.data.get(name)]
        return all(self.counting_paths(name) is not None for name in asked)

    def kept_holders(self, items):
        """The keys of the items each value in force keeps ([frozenset], one a value), each
        kept for the content generation; None if they cannot be kept."""
        in_force = self.valid_values()
        if not self.items_key or not self.may_select_from_kept():
            return None
        items = items.order_by()
        names = {
            self._items_fact_name(
                "listing-holders", name, self._option_key(self.fields[name], value)
            ): partial(self._holders, items, name, value)
            for name, value in in_force.items()
        }
        return list(generation.cached_many(names).values())

    def _holders(self, items, name, value):
        return frozenset(self.matching(items, name, value).values_list("pk", flat=True))

    def _use_years(self, name, years):
        self.fields[name].choices = [("", "Any")] + [(year, year) for year in years]

    def valid_values(self):
        if not self.kept_read:
            self.read_kept()
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

    def asks_for_no_filter(self):
        """Whether the request gives no value to any filter (checked without reading what the
        form keeps: a value that proves invalid is a filter asked for, though not in force)."""
        return not any(self.data.get(name) for name in self.lookups)

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

    def counting_paths(self, name):
        """The field paths whose values count the options of field `name`, or None when its
        options are conditions (upcoming, past), each counted on its own."""
        lookup = self.lookups[name]
        return self.option_paths.get(name) or (None if callable(lookup) else (lookup,))

    def option_facts(self, items, also=()):
        """How many items there are, and what each option of each field keeps, worked out once
        per content generation: one grouped query per field. Options that are conditions may
        depend on the time (upcoming, past), so where there are some the facts are kept for
        at most VISITOR_FACTS_SECONDS. The facts named in `also` are read with them."""
        return self.read_kept(items, also)

    def _count_options(self, items):
        return {
            "total": items.count(),
            "counts": {
                name: self.option_counts(name, field, items) for name, field in self.choice_fields()
            },
        }

    def offer_useful_choices(self, items, also=()):
        """Offer only options that narrow `items`: each must keep some items but not all.

        A field left with fewer than two such options cannot narrow anything and is removed,
        unless a value of it is in force (so the form still shows what is chosen). The facts
        named in `also` are read with the option facts.
        """
        facts = self.facts = self.option_facts(items, also)
        in_force = self.valid_values()
        total = facts["total"]
        for name, field in self.choice_fields():
            counts = facts["counts"][name]
            useful = [option for option, count in counts.items() if 0 < count < total]
            if name in in_force:
                useful.append(self._option_key(field, in_force[name]))
            elif len(useful) < 2:
                del self.fields[name]
                continue
            self._limit_choices(field, useful)

    def known_count(self):
        """How many items the values in force keep, when the option facts (read by
        `offer_useful_choices`) say already: all of them without a filter, an option's count
        with one; None when they cannot say (two filters, a field whose options are not
        counted) or may be behind the time (options that are conditions: upcoming, past)."""
        facts = getattr(self, "facts", None)
        if not facts:
            return None
        in_force = self.valid_values()
        if not in_force:
            return facts["total"]
        if len(in_force) > 1:
            return None
        ((name, value),) = in_force.items()
        counts = facts["counts"].get(name)
        if counts is None or self.counting_paths(name) is None:
            return None
        return counts.get(self._option_key(self.fields[name], value), 0)

    def option_counts(self, name, field, items):
        """How many of `items` each option of the field keeps: {option key: count}."""
        paths = self.counting_paths(name)
        if paths is None:
            return {
                str(value): self.matching(items, name, value).count()
                for value, _ in field.choices
                if value != ""
            }
        counts = grouped_counts(items, *paths)
        if isinstance(field, forms.ModelChoiceField):
            return counts
        return {str(value): count for value, count in counts.items()}

    @staticmethod
    def _option_key(field, value):
        if isinstance(field, forms.ModelChoiceField):
            return value.pk
        return str(value)

    @staticmethod
    def _limit_choices(field, keys):
        if isinstance(field, KeptModelChoiceField):
            field.offered = frozenset(keys)
        elif isinstance(field, forms.ModelChoiceField):
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


def grouped_counts(items, *paths):
    """{value: how many of `items` reach it} through any of `paths`, one grouped query per
    path. Every path but the last leads to one value per item (a lead member); an item
    reaching a value through two paths is counted once, under the last."""
    counts = Counter()
    for number, path in enumerate(paths):
        reaching = items
        for later in paths[number + 1 :]:
            reaching = reaching.exclude(**{later: F(path)})
        rows = reaching.order_by().values_list(path).annotate(count=Count("pk", distinct=True))
        for value, count in rows:
            if value is not None:
                counts[value] += count
    return dict(counts)


class KeptOptionsIterator(ModelChoiceIterator):
    """The field's options from its kept list rather than a query."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for option in self.field.offered_options():
            yield self.choice(option)

    def __len__(self):
        return len(self.field.offered_options()) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.offered_options())


class KeptModelChoiceField(forms.ModelChoiceField):
    """A choice of records whose list is kept until the content changes: checking a value and
    showing the options cost no query."""

    iterator = KeptOptionsIterator
    offered = None  # the keys of the options offered, or None for all

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Shared with the copy of the field each form makes (Field.__deepcopy__ copies it
        # shallowly), so the key of the options is worked out once per process. So a kept
        # field's queryset is the one it is declared with: a form narrows what it offers with
        # `offered`, never by giving it another queryset.
        self.shared = {}
        self.kept_options = None

    def kept_name(self):
        """The name its options are kept under for the content generation."""
        if "kept_name" not in self.shared:
            self.shared["kept_name"] = kept_name("listing-choices", self.queryset)
        return self.shared["kept_name"]

    def read_options(self):
        return list(self.queryset)

    def use_options(self, options):
        self.kept_options = options

    def has_options(self):
        return self.kept_options is not None

    def options(self):
        if self.kept_options is None:
            name = self.kept_name()
            self.kept_options = (
                generation.cached(name, self.read_options) if name else self.read_options()
            )
        return self.kept_options

    def offered_options(self):
        if self.offered is None:
            return self.options()
        return [option for option in self.options() if option.pk in self.offered]

    def to_python(self, value):
        if value in self.empty_values:
            return None
        name = self.to_field_name or "pk"
        for option in self.options():
            if str(getattr(option, name)) == str(value):
                return option
        raise ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


def slug_choice(queryset, label):
    """A choice of records by slug. Their list is read from the shared cache on every request
    to the listing, so a list of pages is best read with only what an option shows
    (`.only("title", "slug")`)."""
    return KeptModelChoiceField(
        queryset=queryset,
        to_field_name="slug",
        required=False,
        label=label,
        empty_label="Any",
        widget=FilterSelect,
    )


def option_choice(choices, label=None):
    """A choice among fixed options (a status, a kind), any of them by default."""
    return forms.ChoiceField(
        choices=[("", "Any"), *choices], required=False, label=label, widget=FilterSelect
    )


def year_choice(label="Year"):
    """Choices are set per request from the years that have content (see `set_year_choices`)."""
    return forms.TypedChoiceField(
        required=False,
        coerce=int,
        label=label,
        choices=[("", "Any")],
        empty_value=None,
        widget=FilterSelect,
    )


def years_of(queryset, field):
    """The years of the date or time `field` that `queryset` has, newest first (a queryset)."""
    return (
        queryset.filter(**{f"{field}__isnull": False})
        .annotate(listing_year=ExtractYear(field))
        .order_by("-listing_year")
        .values_list("listing_year", flat=True)
        .distinct()
    )


def set_year_choices(form, field_name, years):
    """`years`: the years that have content, a queryset (kept until the content changes, and
    read with what else the form keeps)."""
    form.keep_years(field_name, years)


def kept_rows_many(querysets):
    """{name: rows} for each `name: queryset`, each read into a list kept until the content
    changes (keyed by its SQL), all read from the shared cache in one round trip."""
    names = {name: kept_name(name, queryset) for name, queryset in querysets.items()}
    kept = generation.cached_many(
        {kept: partial(list, querysets[name]) for name, kept in names.items() if kept}
    )
    return {
        name: kept[kept_as] if kept_as else list(querysets[name]) for name, kept_as in names.items()
    }


def kept_name(name, queryset):
    """The name `queryset`'s rows are kept under, or None if its SQL cannot say."""
    key = query_key(queryset)
    return f"{name}:{key}" if key else None


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


def without_bodies(queryset):
    """A card never shows a page's body: its StreamFields are left unread (parsing a story's
    blocks for each card cost more than drawing the card)."""
    bodies = [
        field.name
        for field in queryset.model._meta.concrete_fields
        if isinstance(field, StreamField)
    ]
    return queryset.defer(*bodies) if bodies else queryset


def card_themes():
    """A card's themes, for `prefetch_related`: their names are all it shows of them."""
    return Prefetch("themes", queryset=Theme.objects.only("name"))


def lead_member_cards(queryset, user):
    """Pages with a lead member ready for a card listing: the lead member's title (all a card
    shows of it, read in the same query rather than its whole page), themes and image fetched
    up front, their bodies left unread, and whether each is locked for `user`."""
    return with_listing_images(
        annotate_locked(
            without_bodies(
                queryset.live()
                .annotate(**{LEAD_MEMBER_TITLE: F("lead_member__title")})
                .prefetch_related(card_themes())
            ),
            user,
        )
    )


class KeptOrder:
    """An unfiltered listing's order, kept for the content generation: the form's `order_rows`
    of the listing, read once, from which its `keys_in_order` works out the keys in order."""

    def __init__(self, queryset, form):
        self.rows = form.order_rows(queryset)
        self.keys_in_order = form.keys_in_order

    @cached_property
    def name(self):
        """The name the rows are kept under (by their SQL), or None if it cannot say."""
        return kept_name("listing-order", self.rows)

    def ordered_keys(self):
        """The listing's keys, in listing order."""
        if not self.name:
            return self.keys_in_order(list(self.rows))
        return self.keys_in_order(generation.cached(self.name, partial(list, self.rows)))


def paginate(request, queryset, per_page=PAGE_SIZE, count=None, order=None, keys=None):
    """The page of `queryset` the request asks for. Its items are chosen by their keys alone
    and only they are read in full, in the same query: sorting every item with all its columns
    and annotations (whether it is locked, a subquery) would cost a listing of 10,000 items
    far more than its twelve cards. `count`, if known already, saves counting the items.
    (A filter that could repeat an item is a subquery, not a join with DISTINCT: PostgreSQL
    sorts the keys of a DISTINCT query only by what it selects.)

    With an `order` (a KeptOrder, for an unfiltered listing), the keys in listing order come from
    what is kept for the content generation, so no page sorts the whole listing again; `keys`,
    if given, are the items' keys in listing order already."""
    if keys is None:
        keys = order.ordered_keys() if order else queryset.values_list("pk", flat=True)
    paginator = Paginator(keys, per_page)
    if count is not None:
        paginator.count = count
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = queryset.filter(pk__in=page_obj.object_list)
    return page_obj


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None for a gap in the numbers (pages left out)
    url: str
    current: bool


@dataclass(frozen=True)
class Pagination:
    links: list  # of PageLink; empty when everything fits on one page
    previous_url: str
    next_url: str
    number: int
    page_count: int


# Page numbers linked on either side of the current page, and at each end.
PAGES_ON_EACH_SIDE = 2
PAGES_ON_ENDS = 1


def pagination(page_obj, querystring):
    """A listing's links to its other pages: the first and last pages and those around the
    current one, with gaps between, so their number is bounded whatever the page count."""
    prefix = f"?{querystring}&page=" if querystring else "?page="
    paginator = page_obj.paginator
    if not page_obj.has_other_pages():
        return Pagination([], "", "", page_obj.number, paginator.num_pages)
    links = [
        PageLink(None, "", False)
        if number == paginator.ELLIPSIS
        else PageLink(number, f"{prefix}{number}", number == page_obj.number)
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=PAGES_ON_EACH_SIDE, on_ends=PAGES_ON_ENDS
        )
    ]
    return Pagination(
        links,
        f"{prefix}{page_obj.previous_page_number()}" if page_obj.has_previous() else "",
        f"{prefix}{page_obj.next_page_number()}" if page_obj.has_next() else "",
        page_obj.number,
        paginator.num_pages,
    )


def filtered_listing(request, queryset, form):
    """The listing's page and filters. Its order is kept for the content generation
    (`KeptOrder`); filtered, the items chosen are those every value in force keeps, each
    value's holders kept too (`ListingFilterForm.kept_holders`), so a filtered page costs no
    more on a site ten times bigger. A value that is a condition (upcoming, past) is asked of
    the database."""
    order = KeptOrder(queryset, form) if form.keep_order else None
    # The kept order is read with what the form keeps.
    reads_order = order and order.name and form.may_select_from_kept()
    form.offer_useful_choices(queryset, also=[order.name] if reads_order else ())
    active_filters = [
        {**active, "remove_url": url_without(request, active["name"], "page")}
        for active in form.active_filters()
    ]
    chosen = None
    if reads_order and form.valid_values():
        holders = form.kept_holders(queryset)
        if holders is not None:
            keys = frozenset.intersection(*holders)
            chosen = [key for key in order.ordered_keys() if key in keys]
    if chosen is not None:
        page_obj = paginate(request, queryset, keys=chosen)
    else:
        page_obj = paginate(
            request,
            form.filter_queryset(queryset),
            count=form.known_count(),
            order=order if order and not form.valid_values() else None,
        )
    querystring = querystring_without(request, "page")
    items = page_obj.object_list
    return {
        "filter_form": form,
        "active_filters": active_filters,
        "items": items,
        "shown_key": shown_key(items),
        "page_obj": page_obj,
        "result_count": page_obj.paginator.count,
        "pagination": pagination(page_obj, querystring),
    }


def shown_key(items):
    """What a listing's cards depend on beyond the content: which items are shown, in order, and
    which of them this viewer may not open (the card says "members only"). The card grid is
    kept under it (`{% kept %}`), so the items are read in full, with their images, themes and
    members, only when the grid is drawn: this reads their keys alone."""
    rows = items.prefetch_related(None).values_list("pk", "locked_for_viewer")
    return ",".join(f"{pk}{'-locked' if locked else ''}" for pk, locked in rows)


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
