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

from searchindex import version as index_version
from searchindex.models import IndexedItem, IndexedValue
from semantic.fusion import fused_page

from ..ranking import GroupMatches, rank
from .base import Engine, EngineAnswer, Hit

logger = logging.getLogger(__name__)
COMPLEMENT_FROM = 2000  # matches from which counting the few others is worth two more statements


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
        by_keyword = set().union(*(m.anywhere for m in matches)) if matches else set()
        by_meaning = self._similarities(request.meaning)
        visible = (by_keyword | set(by_meaning)) - hidden
        size = self._size()
        ranking = rank(request.groups, matches, size, visible, self._texts)
        narrowed = visible - self._ids_of(request.exclude)
        for facet, value in request.filters:
            narrowed &= self._holders(facet, value)
        if request.sort == "newest":
            page = self._newest(narrowed, request.offset, request.limit)
        elif by_meaning:
            page = fused_page(
                ranking,
                narrowed & by_keyword,
                {item: score for item, score in by_meaning.items() if item in narrowed},
                set.intersection(*(m.anywhere for m in matches)) if matches else set(),
                request.offset,
                request.limit,
            )
        else:
            page = ranking.best(narrowed, request.offset, request.limit)
        keys = self._keys(page)
        scores = ranking.scores
        return EngineAnswer(
            hits=[Hit(*keys[item], score=round(scores[item], 4)) for item in page if item in keys],
            total=len(narrowed),
            facets=self._facet_counts(narrowed, size),
            matched=len(visible),
            group_counts=[len(m.anywhere) for m in matches],
        )

    def id_list(self, sql):
        """SQL giving the ids `sql` selects as one value: thousands of ids for a common word
        travel and are read far faster as one list than as as many rows."""
        raise NotImplementedError

    def read_id_list(self, value):
        raise NotImplementedError

    def count_matches(self, group):
        return len(self._group_matches([group])[0].anywhere)

    def _group_matches(self, groups):
        """One GroupMatches per group, from one statement."""
        parts, params, tags = [], [], []
        for index, group in enumerate(groups):
            for field_name, sql, group_params in self.match_statements(group):
                parts.append(f"SELECT {len(tags)}, ({self.id_list(sql)})")
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
        for tag, ids in rows:
            index, field_name = tags[tag]
            getattr(matches[index], field_name).update(self.read_id_list(ids))
        return matches

    def _title_matches(self, group):
        """The fallback when the full-text index cannot answer: titles holding a form."""
        items = IndexedItem.objects.none()
        for word in group.backend_words() + group.backend_phrases():
            items |= IndexedItem.objects.filter(title__icontains=word)
        ids = set(items.values_list("id", flat=True))
        return GroupMatches(anywhere=ids, title=set(ids))

    def _hidden_ids(self, hidden):
        """The entries this person may not see, or that no longer describe what is stored.

        Decided from the page and document tables themselves, not from what the entries say:
        a page that is not live, or sits under a restriction this person fails (wherever it is
        now), and a document in a collection they may not see into (whichever it is now) are
        hidden, even if it changed without a save signal or its entry was written by hand."""
        quote = connection.ops.quote_name
        pages_table = quote(Page._meta.db_table)
        documents_table = quote(get_document_model()._meta.db_table)
        page_rules = ["NOT p.live"] + ["p.path LIKE %s"] * len(hidden.page_paths)
        params = [f"{path}%" for path in hidden.page_paths]  # tree paths are letters and digits
        document_rules = []
        if hidden.collection_ids:
            in_collections, collection_params = self.ids_in(hidden.collection_ids)
            document_rules.append(
                f"i.object_id IN (SELECT d.id FROM {documents_table} d "
                f"WHERE {in_collections.format(column='d.collection_id')})"
            )
            params += collection_params
        if hidden.document_ids:
            in_documents, document_params = self.ids_in(hidden.document_ids)
            document_rules.append(in_documents.format(column="i.object_id"))
            params += document_params
        sql = (
            "SELECT i.id FROM search_indexeditem i WHERE (i.kind = 'page' AND i.object_id IN "
            f"(SELECT p.id FROM {pages_table} p WHERE {' OR '.join(page_rules)}))"
        )
        if document_rules:
            sql += f" OR (i.kind = 'document' AND ({' OR '.join(document_rules)}))"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {row[0] for row in cursor.fetchall()}

    def _size(self):
        return IndexedItem.objects.count()

    def _texts(self, ids):
        rows = IndexedItem.objects.filter(id__in=ids).values_list("id", "title", "summary")
        return {item: (title, summary) for item, title, summary in rows}

    def _similarities(self, meaning):
        """{index id: similarity} for {(kind, object id): similarity}."""
        if not meaning:
            return {}
        rows = IndexedItem.objects.for_keys(meaning).values_list("kind", "object_id", "id")
        return {item: meaning[(kind, object_id)] for kind, object_id, item in rows}

    def _ids_of(self, keys):
        if not keys:
            return set()
        return set(IndexedItem.objects.for_keys(keys).values_list("id", flat=True))

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
        if len(ids) <= max(size // 2, COMPLEMENT_FROM):
            return self._count(ids)
        rest = set(IndexedItem.objects.values_list("id", flat=True)) - ids
        counts = Counter(index_version.cached("facet-counts", lambda: self._count(None)))
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
