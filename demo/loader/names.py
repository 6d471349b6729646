"""Matching organisation names in the demo data to the members' names, with the hub's own
matcher (core.names), so the demo resolves names exactly as the importers do."""

from django.core.management.base import CommandError

from core.names import NameMatcher, exact_key


def normalise(name):
    """Compare names without case, punctuation, '&' versus 'and', or a leading 'The'."""
    return exact_key(name)


class NameIndex:
    """Finds one of a set of canonical names from any spelling in `aliases`, or a form of a
    council's name the matcher understands. A member's aliases are its other names."""

    def __init__(self, names, aliases=None):
        self._matcher = NameMatcher((name, [name]) for name in names)
        self._aliases = {}
        for alias, name in (aliases or {}).items():
            if name not in names:
                raise CommandError(f"The alias {alias!r} points to {name!r}, which is not listed.")
            self._aliases.setdefault(name, []).append(alias)
            self._matcher.add(name, [alias])

    def find(self, name):
        return self._matcher.find(name)

    def other_names(self, name):
        """The aliases given for a canonical name, in the order the data lists them."""
        return list(self._aliases.get(name, []))

    def __contains__(self, name):
        return self.find(name) is not None
