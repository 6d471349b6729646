"""Matching organisation names as people write them to the organisations the hub holds.

One matcher serves every importer and the demo loader, so a name that finds a member profile in
one place finds it everywhere. It compares names without case, punctuation, a leading "The",
"&" versus "and" or "co-operative" versus "cooperative"; failing that, it compares the place
name inside the common forms of a council's name ("London Borough of Lambeth", "Lambeth Council",
"Lambeth Borough Council", "Rochdale MBC" …), when only one organisation has that place name.
Other names (abbreviations, former names) are given per organisation.
"""

import re
from difflib import SequenceMatcher

# The ways a principal council's name wraps its place name. Town, parish and community councils
# keep their kind ("Burntwood Town Council" -> "burntwood town"), so they never stand for a
# principal council of the same place.
COUNCIL_PREFIXES = ("london borough of", "royal borough of", "borough of", "city of")
COUNCIL_SUFFIXES = (
    "metropolitan borough council",
    "metropolitan district council",
    "county borough council",
    "borough council",
    "district council",
    "county council",
    "city council",
    "council",
    "mbc",
)


def name_key(name):
    """How names are compared: case, '&' or 'and', punctuation and spacing aside."""
    name = name.lower().replace("&", " and ").replace("’", "'")
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


def exact_key(name):
    """The name as `name_key` has it, also without a leading 'The' and with one spelling of
    'co-operative'."""
    key = re.sub(r"\bco (?=operat)", "co", name_key(name))
    return re.sub(r"^the ", "", key)


def place_key(name):
    """The place inside a council's name: 'London Borough of Lambeth' and 'Lambeth Council' are
    both 'lambeth'. Names that are not in a council form come back as they are."""
    key = exact_key(name)
    for prefix in COUNCIL_PREFIXES:
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
            key = key[len(prefix) + 1 :]
            break
    for suffix in COUNCIL_SUFFIXES:
        if key.endswith(" " + suffix):
            key = key[: -len(suffix) - 1]
            break
    return key


class NameMatcher:
    """Finds the one item (a member profile, a partner, a canonical name) that a name means.

    Each item is added with all the names it goes by. `find` tries the names as written
    (`exact_key`), then the place inside council forms (`place_key`); a key shared by two items
    is ambiguous and finds neither. `suggestions` lists the closest items for a name that finds
    none, for a "did you mean" message.
    """

    def __init__(self, entries=()):
        self._exact = {}  # key -> tuple of items
        self._place = {}
        self._names = {}  # item -> tuple of the names it was added with
        for item, names in entries:
            self.add(item, names)

    def add(self, item, names):
        names = tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        self._names[item] = tuple(dict.fromkeys((*self._names.get(item, ()), *names)))
        for name in names:
            for index, key in ((self._exact, exact_key(name)), (self._place, place_key(name))):
                if key and item not in index.get(key, ()):
                    index[key] = (*index.get(key, ()), item)

    def find(self, name):
        for index, key in ((self._exact, exact_key(name)), (self._place, place_key(name))):
            items = index.get(key, ())
            if len(items) == 1:
                return items[0]
            if len(items) > 1:
                return None
        return None

    def __contains__(self, name):
        return self.find(name) is not None

    def suggestions(self, name, limit=3, cutoff=0.6):
        """The items whose names are closest to `name`, best first: by the similarity of their
        letters (difflib's ratio), or because every word of one name is in the other
        ("E3M" and "SBI/E3M")."""
        wanted = place_key(name)
        wanted_words = set(wanted.split())
        scores = {}
        for item, names in self._names.items():
            for other in names:
                key = place_key(other)
                score = SequenceMatcher(None, wanted, key).ratio()
                words = set(key.split())
                if wanted_words and words and (wanted_words <= words or words <= wanted_words):
                    score = max(score, 0.8)
                if score >= cutoff and score > scores.get(item, 0):
                    scores[item] = score
        ranked = sorted(scores, key=lambda item: (-scores[item], str(item)))
        return ranked[:limit]

    def copy(self):
        copied = NameMatcher()
        copied._exact = dict(self._exact)
        copied._place = dict(self._place)
        copied._names = dict(self._names)
        return copied
