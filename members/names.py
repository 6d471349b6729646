"""Finding member profiles by the names people write: their titles, their 'also known as'
names and the forms of a council's name (see core.names), plus the mappings comms give an
import with --match."""

from django.core.management.base import CommandError

from core.importing import RecordError, title_slug
from core.names import NameMatcher, exact_key

from .models import MemberPage, PartnerOrganisation


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
    ("NAME=PROFILE", the profile by its name, another name of it or its slug), then the matcher,
    then the slug the name gives (so a profile renamed in the admin is still found by the name
    it was imported with). Names that find none are remembered, with the closest profiles, for
    the report."""

    def __init__(self, mappings=()):
        self.matcher = member_matcher()
        self.slugs = {}
        for page in MemberPage.objects.order_by("pk"):
            self.slugs.setdefault(page.slug, page)
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
        return (
            self.mapped.get(exact_key(name))
            or self.matcher.find(name)
            or self.slugs.get(title_slug(name))
        )

    def add(self, page):
        self.matcher.add(page, page.all_names())
        self.slugs.setdefault(page.slug, page)

    def not_found(self, name):
        """Remember a name that found no profile; the ' (did you mean …?)' text for it."""
        self.unmatched[name] = self.matcher.suggestions(name)
        return did_you_mean(self.matcher, name)

    def copy(self):
        copied = MemberNames.__new__(MemberNames)
        copied.matcher = self.matcher.copy()
        copied.slugs = dict(self.slugs)
        copied.unmatched = self.unmatched  # kept across skipped records: the report lists them
        copied.mapped = self.mapped
        return copied


def partner_matcher():
    """A matcher over the partner organisations (the organisations that are not members)."""
    return NameMatcher((partner, [partner.name]) for partner in PartnerOrganisation.objects.all())


def resolve_partners(members, partners, names, lead, warnings):
    """The member profiles and partner organisations that `names` (a record's partners) mean,
    each once and never the lead. A name that is no member profile is a partner organisation,
    created (with a warning when a profile has a similar name) if there is none yet.
    `members` is a MemberNames and `partners` a partner_matcher(), kept up to date."""
    found_members, organisations = [], []
    for name in names:
        if len(name) > 255:
            raise RecordError("a partner_organisation name is longer than 255 characters")
        member = members.find(name)
        if member is not None:
            if member.pk != lead.pk and member not in found_members:
                found_members.append(member)
            continue
        partner = partners.find(name)
        if partner is None:
            suggestion = did_you_mean(members.matcher, name)
            if suggestion:
                warnings.append(
                    f"partner {name!r} is not a member profile{suggestion}: added as a "
                    f'partner organisation; map it with --match "{name}=PROFILE" if it is one'
                )
            partner = PartnerOrganisation.objects.create(name=name)
            partners.add(partner, [name])
        if partner not in organisations:
            organisations.append(partner)
    return found_members, organisations
