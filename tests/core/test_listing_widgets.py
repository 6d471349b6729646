"""A listing's select boxes are drawn in Python with exactly the markup Django's templates write."""

from django import forms

from core.listing_widgets import FilterSelect

CHOICES = [
    ("", "Any"),
    ("a&b", "Arts & <b>culture</b>"),
    ("2025", 2025),
    ("Groups", [("x", "Ex"), ("y", "Why")]),
]


def drawn(widget_class, value, attrs):
    widget = widget_class(attrs={"class": "wide", "data-x": True, "hidden": False})
    widget.choices = CHOICES
    return str(widget.render("theme", value, attrs=attrs))


def test_the_markup_is_djangos_own():
    for value in ("", "a&b", "y", None):
        for attrs in ({"id": "id_theme"}, {"id": "id_theme", "required": True}, None):
            assert drawn(FilterSelect, value, attrs) == drawn(forms.Select, value, attrs)
