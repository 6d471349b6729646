"""Admin widgets shared by several page types."""

from django import forms


class CheckboxList(forms.CheckboxSelectMultiple):
    """A many-to-many choice as a list of checkboxes, set in columns when it is long.

    Unlike a multiple select box, where a click without Ctrl silently drops every other choice,
    a click ticks or unticks one choice and leaves the rest as they were.
    """

    def __init__(self, attrs=None):
        super().__init__(attrs={"class": "hub-checkbox-list", **(attrs or {})})
