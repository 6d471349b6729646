"""What the search service asks an engine, and what it gets back."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hidden:
    """What one person may not see, from `core.privacy.Visibility`: pages under these tree
    paths, documents in these collections, and these unpublished documents (ids, or querysets
    of ids that a database engine uses as subqueries)."""

    page_paths: tuple = ()
    collection_ids: object = frozenset()
    document_ids: object = frozenset()

    @classmethod
    def from_visibility(cls, visibility):
        return HiddenFrom(visibility)

    def kept(self, name, build):
        """`build()`, worked out from what is hidden: given as it is here, so never kept."""
        return build()

    def confirm_restricted_paths(self, paths):
        """Given as it is here: nothing kept to confirm."""


class HiddenFrom:
    """A person's `Hidden`, each part read from their Visibility when it is first asked for:
    an engine that finds what is hidden already worked out (`kept`) never builds the rest."""

    def __init__(self, visibility):
        self.visibility = visibility

    @property
    def page_paths(self):
        return tuple(self.visibility.hidden_page_paths)

    @property
    def collection_ids(self):
        return self.visibility.hidden_collections

    @property
    def document_ids(self):
        return self.visibility.hidden_unpublished_documents

    def kept(self, name, build):
        """`build()`, kept as `core.privacy.Visibility.kept` keeps it for this person."""
        return self.visibility.kept(name, build)

    def confirm_restricted_paths(self, paths):
        """Every restricted page's path, read afresh by the engine: see
        `core.privacy.Visibility.confirm_restricted_paths`."""
        self.visibility.confirm_restricted_paths(paths)


@dataclass
class EngineRequest:
    groups: list  # search.query.TermGroup: each matches if any of its forms occurs
    hidden: Hidden = field(default_factory=Hidden)
    filters: list = field(default_factory=list)  # [(facet, value)]: every one must hold
    exclude: frozenset = frozenset()  # (kind, object id) pairs left out (promoted pages)
    # {(kind, object id): similarity} found by meaning, matching as keyword matches do.
    meaning: dict = field(default_factory=dict)
    # For an engine that finds by meaning itself: the query's vector, the least cosine.
    meaning_vector: object = None
    meaning_threshold: float = 0.0
    sort: str = "relevance"  # or "newest"
    offset: int = 0
    limit: int = 10


@dataclass
class Hit:
    kind: str
    object_id: int
    score: float = 0.0
    highlights: dict = field(default_factory=dict)  # {"title"|"text": [fragments]} if made
    passage: object = None  # the passage that matched by meaning (semantic.models.Passage)

    @property
    def key(self):
        return (self.kind, self.object_id)


@dataclass
class EngineAnswer:
    hits: list  # the requested page of hits, best first
    total: int  # every visible match that holds the filters
    facets: dict  # {(facet, value): how many of those `total` hold it}
    matched: int = 0  # every visible match, whatever the filters
    group_counts: list = field(default_factory=list)  # items matching each group


class Engine:
    """The methods every engine has. An engine serves one search: the database engines keep
    what they read for it (the matches of each term group) and nothing beyond it."""

    finds_by_meaning = False  # compares vectors itself, else is handed the matches by meaning
    keeps_matches = False  # counts each term group's matches for the search to reuse

    def search(self, request):
        raise NotImplementedError

    def kept_names(self):
        """(the names of what a search keeps for the content generation, and of what it keeps
        for the index's version): read ahead by the search service in one round trip each."""
        return [], []

    def group_counts(self, groups):
        """How many indexed items match each term group, whoever asks (for spelling)."""
        return self.search(EngineRequest(groups=groups, limit=0)).group_counts
