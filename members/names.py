"""Finding member profiles by the names people write: their titles, their 'also known as'
names and the forms of a council's name (see core.names), plus the mappings comms give an
import with --match."""

from django.core.management.base import CommandError

from core.names import NameMatcher, exact_key

from .models import MemberPage


def member_matcher():
    """A matcher over every member profile (drafts too: the importers update them)."""
    return NameMatcher((page, page.all_names()) for page in MemberPage.objects.order_by("pk"))


def did_you_mean(matcher, name):
    """' (did you mean 'A' or 'B'?)' for the profiles closest to a name, or ''."""
    titles = [f"{page.title!r}" for page in matcher.suggestions(name)]
    if not titles:
        return ""
    listed = titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} or {titles[-1]}"
    return f" (did you mean {listed}?)"


class MemberNames:
    """Finds the member profile a name means: first the mappings given with --match
    ("NAME=PROFILE", the profile by its name, another name of it or its slug), then the matcher.
    Names that find none are remembered, with the closest profiles, for the report."""

    def __init__(self, mappings=()):
        self.matcher = member_matcher()
        self.unmatched = {}  # name as written -> closest profiles
        self.mapped = {}
        for mapping in mappings:
            name, separator, profile = mapping.partition("=")
            name, profile = name.strip(), profile.strip()
            if not separator or not name or not profile:
                raise CommandError(f"--match {mapping!r} must be NAME=PROFILE.")
            page = self.matcher.find(profile) or MemberPage.objects.filter(slug=profile).first()
            if page is None:
                raise CommandError(
                    f"--match {mapping!r}: no member profile is called {profile!r}"
                    f"{did_you_mean(self.matcher, profile)}."
                )
            self.mapped[exact_key(name)] = page

    def find(self, name):
        return self.mapped.get(exact_key(name)) or self.matcher.find(name)

    def add(self, page):
        self.matcher.add(page, page.all_names())

    def not_found(self, name):
        """Remember a name that found no profile; the ' (did you mean …?)' text for it."""
        self.unmatched[name] = self.matcher.suggestions(name)
        return did_you_mean(self.matcher, name)

    def copy(self):
        copied = MemberNames.__new__(MemberNames)
        copied.matcher = self.matcher.copy()
        copied.unmatched = self.unmatched  # kept across skipped records: the report lists them
        copied.mapped = self.mapped
        return copied
