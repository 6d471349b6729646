"""What meaning brings to one search (search.service asks), whichever the engine.

A database engine is handed the matches (`EngineRequest.meaning`), found from the passages'
vectors in the database; an engine that compares vectors itself (a search server's k-NN field)
is handed the query's vector instead. Either way, a hit found by meaning is given the passage
most like the query, for its snippet.
"""

from dataclasses import dataclass, field

from django.conf import settings

from .matching import (
    best_passages,
    item_vector,
    passages,
    query_matches,
    query_vector,
    similar_matches,
)


@dataclass
class Meaning:
    matches: list = field(default_factory=list)  # [semantic.vectors.Match]
    vector: object = None
    threshold: float = 0.0
    exclude: frozenset = frozenset()  # the page itself, for "more like this"
    compare_passages: bool = False

    def request_fields(self):
        """The EngineRequest fields that carry this meaning."""
        return {
            "meaning": {match.key: match.score for match in self.matches},
            "meaning_vector": self.vector,
            "meaning_threshold": self.threshold,
        }

    def attach_passages(self, hits):
        """Give each hit found by meaning the passage that matched, to show when no word did."""
        if self.compare_passages:
            found = best_passages(self.vector, [hit.key for hit in hits])
            for hit in hits:
                hit.passage = found.get(hit.key)
            return
        passage_ids = {match.key: match.passage_id for match in self.matches}
        found = passages(passage_ids.get(hit.key) for hit in hits)
        for hit in hits:
            hit.passage = found.get(passage_ids.get(hit.key))


def for_query(text, engine):
    if not engine.finds_by_meaning:
        return Meaning(matches=query_matches(text))
    vector = query_vector(text)
    return Meaning(
        vector=vector,
        threshold=settings.SEMANTIC_SEARCH["threshold"],
        compare_passages=vector is not None,
    )


def for_similar_page(page_id, visibility, engine):
    """More like this page: nothing unless this person may see it."""
    if not visibility.pages().filter(pk=page_id).exists():
        return Meaning()
    if not engine.finds_by_meaning:
        return Meaning(matches=similar_matches("page", page_id))
    return Meaning(
        vector=item_vector("page", page_id),
        threshold=settings.SEMANTIC_SEARCH["similar_threshold"],
        exclude=frozenset({("page", page_id)}),
    )
