"""Fusion of the keyword ranking and the ranking by meaning, at a size where the keyword list
is longer than fusion reads of it."""

import numpy as np

from search import idmasks
from search.ranking import Ranking, Scores
from semantic.fusion import KEYWORD_DEPTH, fused_page

LENGTH = KEYWORD_DEPTH + 60  # the masks' length: every id here is below it


def _ranking(count):
    """Items 0…count-1 ranked, each scoring a little less than the one before."""
    scores = 100.0 - np.arange(LENGTH) * 0.1
    return Ranking(Scores(scores, idmasks.of(range(count), LENGTH), {}), candidates=[])


def test_an_item_holding_every_word_found_by_meaning_below_the_keyword_depth_follows_the_others():
    # A common word at scale: more items hold every word than fusion reads of the keyword list,
    # and one of those below the cut is also alike in meaning.
    ranking = _ranking(KEYWORD_DEPTH + 20)
    every_word = idmasks.of(ranking.scores, LENGTH)
    deep = KEYWORD_DEPTH + 10
    other = KEYWORD_DEPTH + 50  # found by meaning alone

    meaning = {deep: 0.9, other: 0.8}

    page = fused_page(ranking, every_word, meaning, every_word, 0, KEYWORD_DEPTH + 2)

    assert page == [*range(KEYWORD_DEPTH), deep, other]
