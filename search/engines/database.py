"""What the SQLite and PostgreSQL engines share: SQL over the hub's own index tables.

Per search, in a fixed number of statements whatever matches: the ids matching each term group
(anywhere, in the title, in the summary) from the database's full-text index; the ids this person
may not see; the ids holding each filter; then ranking in Python on sets of ids (search.ranking),
and facet counts for the filtered matches as one GROUP BY. Counts are exact by construction: no
match list is capped.
"""

import logging
from collections import Counter

from django.db import DatabaseError, connection, transaction
from wagtail.documents import get_document_model
from wagtail.models import Page

from ..models import IndexedItem, IndexedValue
from ..ranking import GroupMatches, rank
from .base import Engine, EngineAnswer, Hit

logger = logging.getLogger(__name__)
FIELDS = ("anywhere", "title", "summary")


class DatabaseEngine(Engine):
    def match_statements(self, group):
        """[(field, sql, params)] finding the ids of the items matching `group`."""
        raise NotImplementedError

    def ids_in(self, ids):
        """(sql, params): a condition "column IN these ids", as one parameter."""
        raise NotImplementedError

    def search(self, request):
        matches = self._group_matches(request.groups)
        hidden = self._hidden_ids(request.hidden)
        found = set().union(*(m.anywhere for m in matches)) if matches else set()
        visible = found - hidden
        visible -= self._stale_ids(visible)
        size = self._size()
        order, scores = rank(request.groups, matches, size, visible, self._texts, self._titles)
        narrowed = visible - self._ids_of(request.exclude)
        for facet, value in request.filters:
            narrowed &= self._holders(facet, value)
        if request.sort == "newest":
            page = self._newest(narrowed, request.offset, request.limit)
        else:
            ranked = order if len(narrowed) == len(order) else [i for i in order if i in narrowed]
            page = ranked[request.offset : request.offset + request.limit]
        keys = self._keys(page)
        return EngineAnswer(
            hits=[Hit(*keys[item], score=round(scores[item], 4)) for item in page if item in keys],
            total=len(narrowed),
            facets=self._facet_counts(narrowed, size),
            matched=len(visible),
            group_counts=[len(m.anywhere) for m in matches],
        )

    def _group_matches(self, groups):
        """One GroupMatches per group, from one statement."""
        parts, params, tags = [], [], []
        for index, group in enumerate(groups):
            for field_name, sql, group_params in self.match_statements(group):
                parts.append(f"SELECT {len(tags)}, found.id FROM ({sql}) AS found")
                params.extend(group_params)
                tags.append((index, field_name))
        matches = [GroupMatches() for _ in groups]
        if not parts:
            return matches
        try:
            # A failed statement spoils a PostgreSQL transaction: keep it in a savepoint.
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(" UNION ALL ".join(parts), params)
                rows = cursor.fetchall()
        except DatabaseError as error:
            logger.warning("Full-text lookup failed (%s); matching titles instead", error)
            return [self._title_matches(group) for group in groups]
        for tag, item in rows:
            index, field_name = tags[tag]
            getattr(matches[index], field_name).add(item)
        return matches

    def _title_matches(self, group):
        """The fallback when the full-text index cannot answer: titles holding a form."""
        items = IndexedItem.objects.none()
        for word in group.backend_words() + group.backend_phrases():
            items |= IndexedItem.objects.filter(title__icontains=word)
        ids = set(items.values_list("id", flat=True))
        return GroupMatches(anywhere=ids, title=set(ids))

    def _hidden_ids(self, hidden):
        items = IndexedItem.objects.none()
        for path in hidden.page_paths:
            items |= IndexedItem.objects.filter(kind="page", path__startswith=path)
        if hidden.collection_ids:
            items |= IndexedItem.objects.filter(
                kind="document", collection_id__in=sorted(hidden.collection_ids)
            )
        if hidden.document_ids:
            items |= IndexedItem.objects.filter(
                kind="document", object_id__in=sorted(hidden.document_ids)
            )
        if not (hidden.page_paths or hidden.collection_ids or hidden.document_ids):
            return set()
        return set(items.values_list("id", flat=True))

    def _stale_ids(self, ids):
        """Entries among `ids` that no longer describe what is stored (a page not live or moved,
        a document gone or in another collection: changed without a save signal, or written by
        hand). Visibility is decided on the stored paths and collections, so these are neither
        ranked nor counted."""
        if not ids:
            return set()
        sql, params = self.ids_in(ids)
        quote = connection.ops.quote_name
        pages, documents = Page._meta.db_table, get_document_model()._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT i.id FROM search_indexeditem i WHERE {sql.format(column='i.id')} AND ("
                f"(i.kind = 'page' AND NOT EXISTS (SELECT 1 FROM {quote(pages)} p "
                "WHERE p.id = i.object_id AND p.live AND p.path = i.path)) OR "
                f"(i.kind = 'document' AND NOT EXISTS (SELECT 1 FROM {quote(documents)} d "
                "WHERE d.id = i.object_id AND d.collection_id = i.collection_id)))",
                params,
            )
            return {row[0] for row in cursor.fetchall()}

    def _size(self):
        return IndexedItem.objects.count()

    def _texts(self, ids):
        rows = IndexedItem.objects.filter(id__in=ids).values_list("id", "title", "summary")
        return {item: (title, summary) for item, title, summary in rows}

    def _titles(self, ids):
        return dict(IndexedItem.objects.filter(id__in=ids).values_list("id", "title"))

    def _ids_of(self, keys):
        if not keys:
            return set()
        items = IndexedItem.objects.none()
        for kind in {kind for kind, _ in keys}:
            object_ids = [object_id for k, object_id in keys if k == kind]
            items |= IndexedItem.objects.filter(kind=kind, object_id__in=object_ids)
        return set(items.values_list("id", flat=True))

    def _holders(self, facet, value):
        holders = IndexedValue.objects.filter(facet=facet, value=str(value))
        return set(holders.values_list("item_id", flat=True))

    def _newest(self, ids, offset, limit):
        if not ids:
            return []
        sql, params = self.ids_in(ids)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id FROM search_indexeditem WHERE {sql.format(column='id')} "
                "ORDER BY COALESCE(year, 0) DESC, date DESC NULLS LAST, id LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def _keys(self, ids):
        rows = IndexedItem.objects.filter(id__in=ids).values_list("id", "kind", "object_id")
        return {item: (kind, object_id) for item, kind, object_id in rows}

    def _facet_counts(self, ids, size):
        """{(facet, value): how many of `ids` hold it}. When most of the index matches, the
        counts are those of the whole index less those of the few items that do not match."""
        if len(ids) <= size // 2:
            return self._count(ids)
        rest = set(IndexedItem.objects.values_list("id", flat=True)) - ids
        counts = self._count(None)
        counts.subtract(self._count(rest))
        return Counter({pair: count for pair, count in counts.items() if count > 0})

    def _count(self, ids):
        if ids is not None and not ids:
            return Counter()
        where, params = ("", [])
        if ids is not None:
            sql, params = self.ids_in(ids)
            where = "WHERE " + sql.format(column="item_id")
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT facet, value, COUNT(*) FROM search_indexedvalue {where} "
                "GROUP BY facet, value",
                params,
            )
            return Counter({(facet, value): count for facet, value, count in cursor.fetchall()})
