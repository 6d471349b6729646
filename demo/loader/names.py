"""Matching organisation names as people write them to the names the hub stores."""

import re

from django.core.management.base import CommandError


def normalise(name):
    """Compare names without case, punctuation, '&' versus 'and', or a leading 'The'."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


class NameIndex:
    """Finds one of a set of canonical names from any spelling in `aliases` or a near match."""

    def __init__(self, names, aliases=None):
        self._by_key = {}
        for name in names:
            self._by_key[normalise(name)] = name
        for alias, name in (aliases or {}).items():
            if name not in names:
                raise CommandError(f"The alias {alias!r} points to {name!r}, which is not listed.")
            self._by_key.setdefault(normalise(alias), name)

    def find(self, name):
        return self._by_key.get(normalise(name))

    def __contains__(self, name):
        return self.find(name) is not None
