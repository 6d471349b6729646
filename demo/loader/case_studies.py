"""Reads the case study data files and checks each entry before anything is written."""

import importlib
from dataclasses import dataclass, field

from django.core.management.base import CommandError
from django.utils.text import slugify

from casestudies.models import CaseStudyPage

from .names import normalise
from .streams import stream_data

CASE_STUDY_MODULES = ("demo.data.case_studies_part1", "demo.data.case_studies_part2")
REQUIRED_KEYS = ("title", "lead", "year", "summary", "body")


def load_entries(module_names=CASE_STUDY_MODULES):
    """Every entry in the case study modules that exist, in order."""
    entries = []
    for module_name in module_names:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        entries.extend(getattr(module, "CASE_STUDIES", []))
    return entries


@dataclass
class CaseStudyPlan:
    """One entry with its names resolved to canonical member and partner names."""

    entry: dict
    slug: str
    lead: str
    partner_members: list = field(default_factory=list)
    partner_organisations: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    principles: list = field(default_factory=list)
    body: list = field(default_factory=list)

    @property
    def title(self):
        return self.entry["title"]


def plan_case_studies(entries, member_names, themes, principles):
    """Check every entry and resolve its names; raise CommandError naming the first problem.

    A name in `partner_organisations` that is a member becomes a partner member: a member is
    never also stored as a partner organisation.
    """
    plans = []
    used_slugs = set()
    for position, entry in enumerate(entries, start=1):
        where = f"Case study {position} ({entry.get('title', 'untitled')!r})"
        missing = [key for key in REQUIRED_KEYS if not entry.get(key)]
        if missing:
            raise CommandError(f"{where} has no {', '.join(missing)}.")
        lead = member_names.find(entry["lead"])
        if lead is None:
            raise CommandError(f"{where}: its lead {entry['lead']!r} is not a member.")
        partner_members = []
        for name in entry.get("partner_members", []):
            member = member_names.find(name)
            if member is None:
                raise CommandError(f"{where}: its partner member {name!r} is not a member.")
            partner_members.append(member)
        partner_organisations = []
        for name in entry.get("partner_organisations", []):
            member = member_names.find(name)
            if member is not None:
                partner_members.append(member)
            else:
                partner_organisations.append(name)
        unknown_themes = [slug for slug in entry.get("themes", []) if slug not in themes]
        if unknown_themes:
            raise CommandError(
                f"{where}: unknown theme {unknown_themes[0]!r}; themes are {', '.join(themes)}."
            )
        unknown_principles = [n for n in entry.get("principles", []) if n not in principles]
        if unknown_principles:
            raise CommandError(f"{where}: there is no principle {unknown_principles[0]!r}.")
        if not isinstance(entry["year"], int) or not 2000 <= entry["year"] <= 2100:
            raise CommandError(f"{where}: year {entry['year']!r} is not a year.")
        slug = unique_slug(entry["title"], lead, used_slugs)
        plans.append(
            CaseStudyPlan(
                entry=entry,
                slug=slug,
                lead=lead,
                partner_members=list(dict.fromkeys(m for m in partner_members if m != lead)),
                partner_organisations=list(dict.fromkeys(partner_organisations)),
                themes=list(entry.get("themes", [])),
                principles=list(entry.get("principles", [])),
                body=stream_data(CaseStudyPage, "body", entry["body"], where),
            )
        )
    return plans


def unique_slug(title, lead, used):
    """The title's slug; the lead's name is added when two stories share a title."""
    slug = slugify(title)[:200] or "case-study"
    if slug in used:
        slug = f"{slug}-{slugify(lead)}"[:255]
    if slug in used:
        raise CommandError(f"Two case studies by {lead} are both called {title!r}.")
    used.add(slug)
    return slug


def title_key(title):
    return normalise(title)
