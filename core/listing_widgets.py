"""The select box of a listing's filters, drawn without the template engine.

A listing shows up to seven filters with about 120 options between them; Django draws each
option through a template of its own (and its attributes through another), which made the
filters a third of a listing's rendering cost. `FilterSelect` writes the very markup Django's
`select.html` and `select_option.html` write, from the same context (`get_context`), so what a
visitor or a screen reader meets does not change.
"""

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def html_attributes(attrs):
    """Attributes as Django's `attrs.html` writes them: in order, True bare, False left out."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class FilterSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{conditional_escape(name)}"{html_attributes(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            parts.extend(
                f'\n  <option value="{conditional_escape(option["value"])}"'
                f"{html_attributes(option['attrs'])}>{conditional_escape(option['label'])}"
                "</option>\n"
                for option in options
            )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))
