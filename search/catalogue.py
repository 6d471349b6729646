"""The catalogue: what search knows about every searchable page and document, held in memory.

Ranking, filters and facets need a few facts about every match (type, title and summary words,
year, members, themes, principles, region, where a page sits in the tree, which collection a
document is in). Loading those per search costs time in proportion to the number of matches, so
they are loaded once, for everything, in a fixed number of queries, and kept until content changes.

Any save or delete of a page, a document, a taxonomy term, a partner organisation or a synonym,
a page move, a finished search-index task and a document's text extraction give the cache a new
generation mark (shared by every process in production); each process reloads its catalogue on
the next search after the mark changes. Privacy is not part of the catalogue: who may see what is
worked out per search (`core.privacy`).
"""

import gc
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from .sources import DOCUMENT_TYPE, PAGE_SOURCES, SEARCHED_PAGE_MODELS
from .text import canonical, strip_html, tokenize

GENERATION_KEY = "search:catalogue:generation"


@dataclass(frozen=True)
class Item:
    """One searchable thing, with what ranking, filters and facets need. Shared by every search,
    so never changed after the catalogue is built."""

    kind: str  # "page" or "document"
    pk: int
    type: str
    title: str
    title_keys: tuple = ()  # stem keys of the title's words, in order
    summary_keys: tuple = ()
    slug: str = ""
    year: int | None = None
    date: object = None
    themes: frozenset = frozenset()
    principles: frozenset = frozenset()
    members: frozenset = frozenset()
    regions: frozenset = frozenset()
    path: str = ""  # pages: the tree path, for view restrictions
    collection_id: int | None = None  # documents
    publishers: tuple = ()  # documents: ids of the live searched pages that use them
    facet_keys: frozenset = field(default=frozenset(), compare=False)

    @property
    def key(self):
        return (self.kind, self.pk)


def text_keys(text):
    return tuple(canonical(word) for word in tokenize(text))


def make_item(kind, pk, item_type, title, *, year, themes, principles, members, regions, **details):
    """An Item with its title's stem keys and its facet pairs worked out."""
    themes, principles, members, regions = (
        frozenset(values) for values in (themes, principles, members, regions)
    )
    return Item(
        kind=kind,
        pk=pk,
        type=item_type,
        title=title,
        title_keys=text_keys(title),
        year=year,
        themes=themes,
        principles=principles,
        members=members,
        regions=regions,
        facet_keys=facet_keys(item_type, year, themes, principles, members, regions),
        **details,
    )


def facet_keys(item_type, year, themes, principles, members, regions):
    """Every (facet, value) pair an item holds, for filtering and counting in one pass."""
    pairs = [("type", item_type)]
    if year is not None:
        pairs.append(("year", year))
    pairs += [("theme", pk) for pk in themes]
    pairs += [("principle", pk) for pk in principles]
    pairs += [("member", pk) for pk in members]
    pairs += [("region", pk) for pk in regions]
    # Thousands of items hold the same few hundred pairs: share one tuple for each.
    return frozenset(_shared_pairs.setdefault(pair, pair) for pair in pairs)


_shared_pairs = {}


def _m2m_pairs(model, field_name):
    m2m = model._meta.get_field(field_name)
    through = m2m.remote_field.through
    source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
    pairs = {}
    for owner, other in through.objects.values_list(f"{source}_id", f"{target}_id"):
        pairs.setdefault(owner, set()).add(other)
    return pairs


def _page_items(source):
    values = {
        "item_title": F("title"),
        "summary_text": F(source.summary_field),
        "first_published": F("first_published_at"),
    }
    if source.year_field:
        values["content_year"] = F(source.year_field)
    if source.lead_member_field:
        values["lead_key"] = F(source.lead_member_field)
    if source.region_field:
        values["region_key"] = F(source.region_field)
    rows = source.model.objects.live().values("pk", "path", "slug", **values)
    themes = principles = partners = {}
    if source.has_taxonomy:
        themes = _m2m_pairs(source.model, "themes")
        principles = _m2m_pairs(source.model, "principles")
    if source.partner_members_field:
        partners = _m2m_pairs(source.model, source.partner_members_field)
    for row in rows:
        pk = row["pk"]
        published = row["first_published"]
        year = row.get("content_year") or (published.year if published else None)
        members = set(partners.get(pk, ()))
        if row.get("lead_key"):
            members.add(row["lead_key"])
        yield make_item(
            "page",
            pk,
            source.key,
            row["item_title"],
            year=year,
            date=published,
            themes=themes.get(pk, ()),
            principles=principles.get(pk, ()),
            members=members,
            regions={row["region_key"]} if row.get("region_key") else (),
            summary_keys=text_keys(strip_html(row["summary_text"])),
            slug=row["slug"],
            path=row["path"],
        )


def _document_publishers(pages):
    """{document id: (page ids)}: the live searched pages that use each document, from the
    reference index (a lab's final report, inline resources, links in rich text and StreamField)."""
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    publishers = {}
    for document_id, page_id in sorted(references):
        if document_id.isdigit() and page_id.isdigit() and int(page_id) in pages:
            found = publishers.setdefault(int(document_id), [])
            if int(page_id) not in found:
                found.append(int(page_id))
    return publishers


def document_item(row, publisher_items):
    """A document's item: it takes the themes, members and region of the pages that publish it,
    so facets narrow documents along with the pages they belong to."""
    created = row["created_at"]
    return make_item(
        "document",
        row["pk"],
        DOCUMENT_TYPE,
        row["title"],
        year=created.year if created else None,
        date=created,
        themes=frozenset().union(*(p.themes for p in publisher_items)),
        principles=frozenset().union(*(p.principles for p in publisher_items)),
        members=frozenset().union(*(p.members for p in publisher_items)),
        regions=frozenset().union(*(p.regions for p in publisher_items)),
        collection_id=row["collection_id"],
        publishers=tuple(p.pk for p in publisher_items),
    )


class Catalogue:
    """Every live searched page and every document, numbered 0..size-1, with the indexes that
    let a search work on sets of numbers: which items have a word in their title or summary,
    which hold each facet value, and which index entry of the search backend is which item."""

    def __init__(self, items, generation=None):
        self.generation = generation
        self.items = list(items)
        self.size = len(self.items)
        self.by_key = {item.key: number for number, item in enumerate(self.items)}
        self.title_index = _word_index(self.items, "title_keys")
        self.summary_index = _word_index(self.items, "summary_keys")
        self.facet_index = _word_index(self.items, "facet_keys")
        self.in_title_order = _order(self.items, lambda item: (item.title.lower(), item.pk))
        self.newest_first = _order(self.items, _newest_first)
        self.by_entry = {}  # search index entry id -> item number (None: not a searched item)
        self._hidden = {}
        self._derived = {}
        self.hits = HitCache()

    @classmethod
    def load(cls, generation=None):
        """The catalogue of the database's content, in a fixed number of queries."""
        pages = {}
        for source in PAGE_SOURCES:
            pages.update((item.pk, item) for item in _page_items(source))
        publishers = _document_publishers(pages)
        documents = []
        rows = get_document_model().objects.values("pk", "title", "created_at", "collection_id")
        for row in rows:
            publisher_items = [pages[p] for p in publishers.get(row["pk"], ())]
            documents.append(document_item(row, publisher_items))
        catalogue = cls(chain(pages.values(), documents), generation)
        catalogue._load_entries(_index_entry_model().objects.all())
        return catalogue

    def _load_entries(self, entries):
        kinds = {
            content_type.pk: "page"
            for content_type in ContentType.objects.get_for_models(*SEARCHED_PAGE_MODELS).values()
        }
        kinds[ContentType.objects.get_for_model(get_document_model()).pk] = "document"
        for entry_id, content_type_id, object_id in entries.values_list(
            "pk", "content_type_id", "object_id"
        ):
            kind = kinds.get(content_type_id)
            number = None
            if kind and object_id.isdigit():
                number = self.by_key.get((kind, int(object_id)))
            self.by_entry[entry_id] = number

    def numbers_for_entries(self, entry_ids):
        """Item numbers for search index entry ids (entries of other models are skipped).
        Entries written since the catalogue was built are looked up once."""
        try:
            numbers = set(map(self.by_entry.__getitem__, entry_ids))
        except KeyError:
            unknown = [entry_id for entry_id in entry_ids if entry_id not in self.by_entry]
            self._load_entries(_index_entry_model().objects.filter(pk__in=unknown))
            self.by_entry.update(
                (entry_id, None) for entry_id in unknown if entry_id not in self.by_entry
            )
            numbers = set(map(self.by_entry.__getitem__, entry_ids))
        numbers.discard(None)
        return numbers

    def derived(self, name, build):
        """`build()`, worked out once for this catalogue: other facts that only change when
        content does (the spelling vocabulary, the synonym groups, the facet labels)."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]

    def hidden_from(self, visibility):
        """The numbers of the items `visibility` may not see (worked out once per set of
        restrictions)."""
        signature = (
            visibility.hidden_page_paths,
            visibility.hidden_collection_id_set,
            visibility.hidden_document_ids,
        )
        hidden = self._hidden.get(signature)
        if hidden is None:
            paths, collections, documents = signature
            hidden = frozenset(
                number
                for number, item in enumerate(self.items)
                if (item.kind == "page" and item.path.startswith(paths))
                or (
                    item.kind == "document"
                    and (item.collection_id in collections or item.pk in documents)
                )
            )
            if len(self._hidden) > 100:
                self._hidden.clear()
            self._hidden[signature] = hidden
        return hidden


class HitCache:
    """The item numbers matching recent term groups ("council", "full fibre"), kept for the
    catalogue's lifetime: the search index only changes when content does, and common words recur
    in many searches. Bounded by the number of item numbers held; safe to share between threads."""

    def __init__(self, max_numbers=2_000_000):
        self.max_numbers = max_numbers
        self.held = 0
        self._hits = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._hits.get(key)
            if found is not None:
                self._hits.move_to_end(key)
            return found

    def put(self, key, numbers):
        """Remember `numbers` (a set nobody may change afterwards) for `key`."""
        with self._lock:
            if key in self._hits:
                return self._hits[key]
            self._hits[key] = numbers
            self.held += len(numbers)
            while self.held > self.max_numbers and len(self._hits) > 1:
                _, dropped = self._hits.popitem(last=False)
                self.held -= len(dropped)
            return numbers

    def clear(self):
        with self._lock:
            self._hits.clear()
            self.held = 0


def _index_entry_model():
    # Looked up late: which model it is depends on the database.
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry")


def _word_index(items, attribute):
    index = {}
    for number, item in enumerate(items):
        for word in getattr(item, attribute):
            index.setdefault(word, set()).add(number)
    return index


def _order(items, key):
    """Item numbers sorted by `key`."""
    return sorted(range(len(items)), key=lambda number: key(items[number]))


def _newest_first(item):
    date = item.date.timestamp() if item.date else float("-inf")
    return (-(item.year or 0), -date, item.pk)


_lock = threading.Lock()
_current = None


def _new_generation():
    # Random rather than counted, so a flushed cache can never bring back a number that some
    # process's old catalogue still carries.
    return uuid.uuid4().hex


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def get_catalogue():
    """This process's catalogue, reloaded when content has changed since it was built."""
    global _current
    generation = current_generation()
    catalogue = _current
    if catalogue is not None and catalogue.generation == generation:
        return catalogue
    with _lock:
        if _current is None or _current.generation != generation:
            _current = Catalogue.load(generation)
            _exempt_from_cycle_collection()
        return _current


def _exempt_from_cycle_collection():
    """Keep Python's cycle collector from walking the catalogue's million small objects.

    A full collection would otherwise traverse them all, a pause of a few hundred milliseconds
    in the middle of some unlucky search. The catalogue holds no reference cycles, so reference
    counting alone frees it when it is replaced. What the last freeze kept is released and
    collected first, so cyclic garbage never piles up from one rebuild to the next."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def content_changed():
    """Mark every process's catalogue out of date."""
    global _current
    _current = None
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def forget():
    """Drop this process's catalogue (tests whose database is rolled back under it)."""
    global _current
    _current = None


def _changed(sender, instance=None, **kwargs):
    if isinstance(instance, _watched_models()):
        content_changed()
        # Again once the transaction commits, so that no process keeps a catalogue built in
        # between from rows the transaction had not yet written.
        transaction.on_commit(content_changed)


@lru_cache(maxsize=1)
def _watched_models():
    from core.models import Principle, Region, Theme
    from members.models import PartnerOrganisation

    from .models import Synonym

    return (Page, get_document_model(), Principle, Region, Theme, PartnerOrganisation, Synonym)


def _page_changed(sender, **kwargs):
    content_changed()
    transaction.on_commit(content_changed)


def _task_finished(sender, task_result, **kwargs):
    # With a task queue, the search index is written by a worker after the save that asked for it;
    # the catalogue's remembered matches must not outlive that.
    if task_result.task.module_path.startswith(("modelsearch.", "wagtail.search.")):
        content_changed()


def _site_restored(sender, **kwargs):
    content_changed()


def connect_signals():
    from django_tasks.signals import task_finished

    from core.backup.signals import site_restored

    for signal in (post_save, post_delete):
        signal.connect(_changed, dispatch_uid=f"search_catalogue_{signal}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid=f"search_catalogue_{signal}")
    task_finished.connect(_task_finished, dispatch_uid="search_catalogue_task_finished")
    site_restored.connect(_site_restored, dispatch_uid="search_catalogue_site_restored")
