"""What the SQLite and PostgreSQL engines share: SQL over the hub's own index tables, in a fixed
number of statements whatever matches, then ranking on masks of ids (search.idmasks,
search.ranking). No match list is capped, so counts are exact.
"""

from collections import Counter

from django.db import connection
from django.db.models import Count, Max, Min, Q
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.privacy.pages import hidden_pages_q, restricted_paths_statement
from searchindex import version as index_version
from searchindex.models import IndexedItem, IndexedValue
from semantic.fusion import fused_page

from .. import idmasks
from ..ranking import GroupMatches, in_every, rank
from .base import Engine, EngineAnswer, Hit

# Kept for the index's version: its size and the span of its ids, and each facet value's holders.
INDEX_SPAN = "index-span"
# The smallest and largest ids in the index, read with a search's first term groups.
ENDS = (
    "SELECT min(id) AS id FROM search_indexeditem UNION ALL SELECT max(id) FROM search_indexeditem"
)
FACET_HOLDERS = "facet-holders"
# The tags of the first term groups' statement's two other parts.
SPAN_ENDS, RESTRICTED_PATHS = -1, -2


class DatabaseEngine(Engine):
    keeps_matches = True

    def __init__(self):
        self._matches = {}  # term group -> GroupMatches, read once per search
        self._keys = {}  # index id -> (kind, object id), of the items read
        self._index = None  # the index's size and the span of its ids (`_span`), read once
        self._ids_span = None  # fixed by `_span`
        self._restricted_paths = None  # every restricted page's path, read with the span

    # What each database says its own way:
    # - COLUMNS: {GroupMatches field: what match() searches for it};
    # - match(column, group): (sql, params) selecting the ids of the items matching, or None;
    # - id_list(sql): SQL giving the ids `sql` selects as one comma-separated text (thousands
    #   of ids for a common word are read far faster as one value than as as many rows, and
    #   numpy parses it in C: `read_id_list`), and id_aggregate, the aggregate giving such a
    #   value in the ORM;
    # - ids_in(ids): (sql, params), a condition "{column} IN these ids" as one parameter.

    def search(self, request):
        matches = self._group_matches(request.groups)
        meaning = self._ids(request.meaning)
        span = self._span(list(meaning.values()))
        by_keyword = idmasks.union((m.anywhere for m in matches), span.length)
        by_meaning = {}  # {place: similarity}
        for key, item in meaning.items():
            if (place := span.place(item)) is not None:
                by_meaning[place] = request.meaning[key]
        group_counts = [idmasks.count(m.anywhere) for m in matches]
        if not by_keyword.any() and not by_meaning:
            return EngineAnswer(hits=[], total=0, facets=Counter(), group_counts=group_counts)
        visible = by_keyword | idmasks.of(by_meaning, span.length)
        if self._restricted_paths is not None:
            request.hidden.confirm_restricted_paths(self._restricted_paths)
        visible &= ~span.mask(self._hidden_ids(request.hidden))
        size = self._index_facts()["size"]
        ranking = rank(request.groups, matches, size, visible, self._texts_at)
        narrowed = visible & ~span.mask(self._ids(request.exclude).values())
        if request.filters:
            narrowed &= self._holders(request.filters)
        if request.sort == "newest":
            page = self._newest(narrowed, request.offset, request.limit)
        elif by_meaning:
            page = fused_page(
                ranking,
                narrowed & by_keyword,
                {place: score for place, score in by_meaning.items() if narrowed[place]},
                in_every(matches, "anywhere", span.length),
                request.offset,
                request.limit,
            )
        else:
            page = ranking.best(narrowed, request.offset, request.limit)
        items = span.ids(page)
        self._texts(set(items) - set(self._keys))
        return EngineAnswer(
            hits=[
                Hit(*self._keys[item], score=round(ranking.scores[place], 4))
                for place, item in zip(page, items, strict=True)
                if item in self._keys
            ],
            total=idmasks.count(narrowed),
            facets=self._facet_counts(narrowed),
            matched=idmasks.count(visible),
            group_counts=group_counts,
        )

    def group_counts(self, groups):
        return [idmasks.count(found.anywhere) for found in self._group_matches(groups)]

    def _span(self, ids=None):
        """The ids this search's masks stand for (search.idmasks.Span), fixed by its first
        call: from the smallest to the largest of `ids`, either the index's ends read afresh
        with the first term groups (`_group_matches`), so an entry written a moment ago is
        searched whether or not this worker has heard that the index changed, or, for a search
        by meaning alone, the items it found; without them, the index's span when it last
        changed."""
        if self._ids_span is None:
            if ids is not None and len(ids):
                self._ids_span = idmasks.Span(int(min(ids)), int(max(ids)))
            else:
                kept = self._index_facts()
                self._ids_span = idmasks.Span(kept["first"], kept["last"])
        return self._ids_span

    def _index_facts(self):
        """The index's size and span when it last changed, kept until it changes again."""
        if self._index is None:
            self._index = index_version.cached(INDEX_SPAN, self._read_index_span)
        return self._index

    @staticmethod
    def _read_index_span():
        bounds = IndexedItem.objects.aggregate(size=Count("id"), first=Min("id"), last=Max("id"))
        if not bounds["size"]:
            return {"size": 0, "first": 0, "last": -1}
        return bounds

    @staticmethod
    def read_id_list(value):
        """The ids of an `id_list` or `id_aggregate` value, as an array."""
        return idmasks.parse(value)

    def _group_matches(self, groups):
        """One GroupMatches per group, the groups not read yet in one statement; the first
        also reads the smallest and largest ids in the index, which fix the search's span."""
        parts, params, tags, unread = [], [], [], []
        for group in groups:
            if group in self._matches or group in unread:
                continue
            unread.append(group)
            for field_name, column in self.COLUMNS.items():
                if not (found := self.match(column, group)):
                    continue
                sql, group_params = found
                parts.append(f"SELECT {len(tags)}, ({self.id_list(sql)})")
                params.extend(group_params)
                tags.append((group, field_name))
        if not unread:
            return [self._matches[group] for group in groups]
        lists = {}
        if parts:
            if self._ids_span is None:
                # The span's ends, and the paths a visitor's kept hidden paths must match
                # (`confirm_restricted_paths`), read afresh whatever this worker has kept.
                paths_sql, paths_params = restricted_paths_statement()
                paths_list = self.id_list(f"SELECT path AS id FROM ({paths_sql}) AS restricted")
                parts.append(f"SELECT {SPAN_ENDS}, ({self.id_list(ENDS)})")
                parts.append(f"SELECT {RESTRICTED_PATHS}, ({paths_list})")
                params.extend(paths_params)
            with connection.cursor() as cursor:
                cursor.execute(" UNION ALL ".join(parts), params)
                read = dict(cursor.fetchall())
            if RESTRICTED_PATHS in read:
                paths = read.pop(RESTRICTED_PATHS)
                self._restricted_paths = tuple(paths.split(",")) if paths else ()
            lists = {tag: self.read_id_list(ids) for tag, ids in read.items()}
        span = self._span(lists.pop(SPAN_ENDS, None))
        masks = {group: {name: span.empty() for name in self.COLUMNS} for group in unread}
        for tag, ids in lists.items():
            group, field_name = tags[tag]
            masks[group][field_name] = span.mask(ids)
        self._matches.update({group: GroupMatches(**read) for group, read in masks.items()})
        return [self._matches[group] for group in groups]

    def kept_names(self):
        return [self._hidden_name()], [INDEX_SPAN, FACET_HOLDERS]

    @staticmethod
    def _hidden_name():
        return f"search-hidden-entry-ids:{index_version.current()}"

    def _hidden_ids(self, hidden):
        """The entries this person may not see, decided from the page and document tables, not
        from what the entries say (which a change without a save signal, or an entry written by
        hand, could have left wrong). A visitor who is not signed in has theirs kept for the
        content generation and the index's version (`Hidden.kept`)."""
        return hidden.kept(self._hidden_name(), lambda: self._read_hidden_ids(hidden))

    def _read_hidden_ids(self, hidden):
        pages = Page.objects.filter(Q(live=False) | hidden_pages_q(hidden.page_paths))
        in_collections = get_document_model().objects.filter(collection__in=hidden.collection_ids)
        # Three conditions side by side: SQLite answers each from an index of the entries, where
        # the two of documents in one subquery cost it a quarter more.
        entries = IndexedItem.objects.filter(
            Q(kind="page", object_id__in=pages.values("pk"))
            | Q(kind="document", object_id__in=in_collections.values("pk"))
            | Q(kind="document", object_id__in=hidden.document_ids)
        )
        # As one value, like a term group's matches: a thousand hidden entries are read as one
        # list rather than as a thousand rows.
        return self.read_id_list(entries.aggregate(ids=self.id_aggregate("id"))["ids"])

    def _texts(self, ids):
        """{id: (title, summary)} of these items, whose keys are kept too. The ids go as one
        parameter (`ids_in`): the ORM's list of two hundred cost more than reading the rows."""
        rows = []
        if ids:
            rows = self._rows_for_ids(
                "SELECT id, kind, object_id, title, summary FROM search_indexeditem WHERE {ids}",
                "id",
                ids,
            )
        self._keys.update({item: (kind, object_id) for item, kind, object_id, *_ in rows})
        return {item: (title, summary) for item, _, _, title, summary in rows}

    def _texts_at(self, places):
        """`_texts` of the items at these places of the span, by place."""
        items = self._span().ids(places)
        texts = self._texts(items)
        return {
            place: texts[item] for place, item in zip(places, items, strict=True) if item in texts
        }

    def _ids(self, keys):
        if not keys:
            return {}
        rows = IndexedItem.objects.for_keys(keys).values_list("kind", "object_id", "id")
        return {(kind, object_id): item for kind, object_id, item in rows}

    def _holders(self, filters):
        """The mask of the ids holding every one of the filters, in one statement, each
        filter's holders as one value (a content type is held by thousands of items)."""
        span = self._span()
        held = {(facet, str(value)): span.empty() for facet, value in filters}
        wanted = Q(pk__in=[])
        for facet, value in held:
            wanted |= Q(facet=facet, value=value)
        rows = IndexedValue.objects.filter(wanted).values("facet", "value")
        for row in rows.annotate(ids=self.id_aggregate("item_id")).order_by():
            held[(row["facet"], row["value"])] = span.mask(self.read_id_list(row["ids"]))
        return idmasks.every(held.values(), span.length)

    def _newest(self, narrowed, offset, limit):
        """The places of the mask `narrowed` at offset…offset+limit, newest first."""
        span = self._span()
        ids = span.ids(idmasks.ids(narrowed))
        if not ids:
            return []
        sql, params = self.ids_in(ids)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id, kind, object_id FROM search_indexeditem "
                f"WHERE {sql.format(column='id')} "
                "ORDER BY COALESCE(year, 0) DESC, date DESC NULLS LAST, id LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            rows = cursor.fetchall()
        self._keys.update({item: (kind, object_id) for item, kind, object_id in rows})
        return [span.place(row[0]) for row in rows]

    def _facet_counts(self, narrowed):
        """{(facet, value): how many of the mask `narrowed` hold it}: each value's holders are
        one bitmap of the whole index, shared until the index changes, so counting costs a few
        operations on integers for each value however many items match."""
        holders = index_version.cached(FACET_HOLDERS, self._holder_bitmaps)
        span = self._span()
        if holders is False:  # some item holds a value twice: only the database counts it so
            return self._count(span.ids(idmasks.ids(narrowed)))
        matching = span.bitmap(narrowed)
        counts = ((pair, (bits & matching).bit_count()) for pair, bits in holders.items())
        return Counter({pair: count for pair, count in counts if count})

    def _holder_bitmaps(self):
        """{(facet, value): bitmap of the ids holding it}, or False when a row is repeated. The
        holders of each value are read as one list, a row a value."""
        rows = IndexedValue.objects.values("facet", "value").annotate(
            ids=self.id_aggregate("item_id"), rows=Count("id")
        )
        holders, repeated = {}, False
        for row in rows.order_by():
            holders[(row["facet"], row["value"])] = bits = idmasks.bitmap_of(
                self.read_id_list(row["ids"])
            )
            repeated |= bits.bit_count() != row["rows"]
        return False if repeated else holders

    def _count(self, ids):
        if not ids:
            return Counter()
        rows = self._rows_for_ids(
            "SELECT facet, value, COUNT(*) FROM search_indexedvalue WHERE {ids} "
            "GROUP BY facet, value",
            "item_id",
            ids,
        )
        return Counter({(facet, value): count for facet, value, count in rows})

    def _rows_for_ids(self, select, column, ids):
        """The rows of `select`, whose `{ids}` is the condition that `column` is one of `ids`,
        passed as one parameter (`ids_in`)."""
        sql, params = self.ids_in(ids)
        with connection.cursor() as cursor:
            cursor.execute(select.format(ids=sql.format(column=column)), params)
            return cursor.fetchall()
