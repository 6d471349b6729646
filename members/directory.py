"""The member directory's ways in: a name to search for, A to Z, member type, region, and a map
of the regions. Each way in counts what the others leave, so every link leads somewhere."""

import string
from dataclasses import dataclass

from django import forms
from django.core.validators import RegexValidator
from django.db.models import Count, Q
from django.db.models.functions import Left, Upper

from core.listing import (
    ListingFilterForm,
    kept_rows_many,
    option_choice,
    slug_choice,
    url_with,
    url_without,
)
from core.models import Region
from core.region_map import VIEWBOX, region_shapes

from .choices import MemberType

NAME_QUERY_MAX_LENGTH = 100


def name_spellings(text):
    """The ways of writing what was typed that a name may use: '&' and 'and' are one word."""
    spellings = {text}
    padded = f" {text} "
    if " and " in padded:
        spellings.add(padded.replace(" and ", " & ").strip())
    if "&" in text:
        spellings.add(" ".join(text.replace("&", " and ").split()))
    return sorted(spellings)


def with_name(members, text):
    """Members whose name, or one of the other names they go by, contains `text` (any case)."""
    matches = Q()
    for spelling in name_spellings(text):
        matches |= Q(title__icontains=spelling) | Q(also_known_as__icontains=spelling)
    return members.filter(matches)


def with_initials(members):
    """Each member annotated with `initial`: the first letter of its name, in capitals."""
    return members.annotate(initial=Upper(Left("title", 1)))


class LetterField(forms.CharField):
    """One letter of the alphabet, stored in capitals whichever case was asked for."""

    default_validators = [RegexValidator(r"^[A-Z]$", "Choose a letter from A to Z.")]

    def to_python(self, value):
        return super().to_python(value).upper()


class MemberFilterForm(ListingFilterForm):
    q = forms.CharField(
        required=False,
        max_length=NAME_QUERY_MAX_LENGTH,
        label="Name",
        widget=forms.SearchInput(attrs={"autocomplete": "off"}),
    )
    # Chosen from the A to Z links; a hidden field keeps it when the other filters change.
    letter = LetterField(required=False, label="Starts with", widget=forms.HiddenInput)
    member_type = option_choice(MemberType.choices, "Member type")
    region = slug_choice(Region.objects.all(), "Region")

    # `initial` is annotated by `with_initials`.
    lookups = {
        "q": with_name,
        "letter": "initial",
        "member_type": "member_type",
        "region": "region",
    }


@dataclass(frozen=True)
class LetterLink:
    letter: str
    url: str  # empty when no member (with the other filters) starts with the letter
    current: bool


def ways_in(request, form, members):
    """The A to Z and the map of the regions, what they keep for the content generation read
    in one round trip to the shared cache."""
    kept = kept_rows_many(
        {
            "member-letters": initials_present(form, members),
            "member-regions": region_counts(form, members),
            "regions": Region.objects.order_by("name"),
        }
    )
    return {
        **letter_links(request, form, set(kept["member-letters"])),
        **region_map(request, form, dict(kept["member-regions"]), kept["regions"]),
    }


def initials_present(form, members):
    """The initials of the members the other filters keep (a queryset)."""
    others = form.filter_queryset(members, excluding=("letter",))
    return others.order_by().values_list("initial", flat=True).distinct()


def letter_links(request, form, present):
    """A to Z, each a link to the members starting with that letter when there are some
    (`present`: the initials of the members the other filters keep)."""
    chosen = form.valid_values().get("letter")
    return {
        "letters": [
            LetterLink(
                letter,
                url_with(request, "letter", letter) if letter in present else "",
                letter == chosen,
            )
            for letter in string.ascii_uppercase
        ],
        "all_letters_url": url_without(request, "letter", "page"),
        "letter_chosen": bool(chosen),
    }


@dataclass(frozen=True)
class MapRegion:
    name: str
    slug: str
    count: int
    url: str  # empty when the region has no members (with the other filters)
    current: bool
    shape: object  # a core.region_map.RegionShape, or None for a region the map does not draw
    shade: int  # 0 (none) to 4 (the most members), repeating the count in colour


SHADE_STEPS = (1, 3, 6, 10)  # the fewest members for shades 1, 2, 3 and 4


def shade_for(count):
    return sum(count >= step for step in SHADE_STEPS)


def region_counts(form, members):
    """(region key, how many members) for the members the other filters keep (a queryset)."""
    others = form.filter_queryset(members, excluding=("region",))
    return others.order_by().values_list("region").annotate(count=Count("pk"))


def region_map(request, form, counts, all_regions):
    """Every region of `all_regions` (by name) with its member count and a link to them, for
    the map and its list.

    Counts (`counts`: {region key: how many members}) follow the other filters in force (a
    member type, say), so each link's count is the number of members it lists.
    """
    chosen = form.valid_values().get("region")
    shapes = region_shapes()
    regions = []
    for region in all_regions:
        count = counts.get(region.pk, 0)
        if not count and region.slug not in shapes:
            continue  # neither on the map nor holding anyone (England, whose regions are drawn)
        regions.append(
            MapRegion(
                name=region.name,
                slug=region.slug,
                count=count,
                url=url_with(request, "region", region.slug) if count else "",
                current=chosen is not None and chosen.pk == region.pk,
                shape=shapes.get(region.slug),
                shade=shade_for(count),
            )
        )
    return {
        "map_regions": regions,
        # The largest first, so a small region (London) and its count are drawn over the others.
        "map_drawing": sorted(
            (region for region in regions if region.shape), key=lambda region: -region.shape.area
        ),
        "map_viewbox": VIEWBOX,
        "members_without_region": counts.get(None, 0),
    }
