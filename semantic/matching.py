"""What search asks of meaning: the items most like a query, or most like another item.

Both answer from every passage, whoever asks: the caller applies privacy, live status and
filters (search's engine does, as for keyword matches). Without the model or any embedded
passage, both answer nothing and search carries on with keywords alone.
"""

import logging
from functools import lru_cache

from django.conf import settings
from django.db.models import Q

from .models import Passage

# The encoder and the matrix (numpy, the model's libraries) are imported where they are used:
# a worker loads them with its first search, not at boot (related lists are rows: related.py).

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1024)
def _query_vector(text):
    from .encoder import get_encoder

    vector = get_encoder().encode([text])[0]
    vector.setflags(write=False)
    return vector


def forget_query_vectors():
    """Empty this process's memory of embedded queries, so the next search of each embeds it
    again (the benchmark measures every search with its query's embedding)."""
    _query_vector.cache_clear()


_said = set()


def _say_once(message):
    # Once per process: every search would say it again.
    if message not in _said:
        _said.add(message)
        logger.warning(message)


def _usable_matrix():
    from .encoder import model_available
    from .vectors import passage_matrix

    if not settings.SEMANTIC_SEARCH["enabled"]:
        return None
    if not model_available():
        _say_once("Search by meaning is off (the embedding model is not installed): keywords only.")
        return None
    matrix = passage_matrix()
    if not len(matrix):
        _say_once("Search by meaning has no embedded passages yet: keywords only.")
        return None
    return matrix


def query_vector(text):
    """The vector of a query, or None when meaning is off or unavailable (said in the log)."""
    from .encoder import ModelUnavailable, model_available

    text = " ".join(text.split()).lower()
    if not text or not settings.SEMANTIC_SEARCH["enabled"]:
        return None
    if not model_available():
        _say_once("Search by meaning is off (the embedding model is not installed): keywords only.")
        return None
    try:
        return _query_vector(text)
    except ModelUnavailable as error:
        _say_once(f"Search by meaning is off ({error}): keywords only.")
        return None


def item_vector(kind, object_id):
    """An item's meaning as a whole (the mean of its passages), or None without passages."""
    from .vectors import item_vectors

    if not settings.SEMANTIC_SEARCH["enabled"]:
        return None
    return item_vectors(kind, [object_id]).get(object_id)


def best_passages(vector, keys):
    """{(kind, object id): its passage most like `vector`} for these items (a page of hits)."""
    if vector is None or not keys:
        return {}
    wanted = Q()
    for kind in {kind for kind, _ in keys}:
        wanted |= Q(kind=kind, object_id__in=[pk for k, pk in keys if k == kind])
    best = {}
    for passage in Passage.objects.filter(wanted):
        score = float(Passage.unpack(passage.vector) @ vector)
        if passage.key not in best or score > best[passage.key][0]:
            best[passage.key] = (score, passage)
    return {key: passage for key, (_, passage) in best.items()}


def query_matches(text, limit=None):
    """[vectors.Match] of the items whose passages are most like `text`, best first."""
    from .encoder import ModelUnavailable

    options = settings.SEMANTIC_SEARCH
    text = " ".join(text.split()).lower()
    matrix = _usable_matrix() if text else None
    if matrix is None:
        return []
    try:
        vector = _query_vector(text)
    except ModelUnavailable as error:
        _say_once(f"Search by meaning is off ({error}): keywords only.")
        return []
    return matrix.best_items(vector, limit or options["candidates"], options["threshold"])


def similar_matches(kind, object_id, limit=None):
    """[vectors.Match] of the items most like this one as a whole, best first."""
    options = settings.SEMANTIC_SEARCH
    matrix = _usable_matrix()
    if matrix is None:
        return []
    return matrix.similar_items(
        (kind, object_id), limit or options["candidates"], options["similar_threshold"]
    )


def passages(ids):
    """{passage id: Passage} (text and PDF page) for showing why a result was found."""
    ids = [pk for pk in ids if pk]
    if not ids:
        return {}
    return {p.pk: p for p in Passage.objects.filter(pk__in=ids).defer("vector", "digest")}
