"""The "paraphrase" queries of the judged relevance set describe their answers in other words.

The checker (relevance/paraphrase.py) is tested here on hand-made texts, so a broken checker cannot
pass every query; test_relevance.py then holds every paraphrase query against its grade-2
answers' title, summary and body as the search index holds them over the demo content (there,
so the demo content is loaded once for both).
"""

import pytest

from relevance.evaluation import load_judgements
from relevance.paraphrase import is_stopword, same_word, shared_words

LONELINESS = (
    "Social isolation in later life: a befriending scheme tackles loneliness among older "
    "residents living alone."
)


def test_a_query_sharing_a_word_with_the_text_is_caught():
    assert shared_words("befriending for isolated residents", LONELINESS) == {
        "befriending": "befriending",
        "isolated": "isolation",
        "residents": "residents",
    }


def test_words_are_compared_after_light_normalisation():
    assert shared_words("lonely older people", LONELINESS) == {
        "lonely": "loneliness",
        "older": "older",
    }
    assert shared_words("OLD", LONELINESS) == {"old": "older"}
    assert shared_words("neighborhood", "Neighbourhood plans") == {"neighborhood": "neighbourhood"}
    assert shared_words("excluded households", "digital exclusion") == {"excluded": "exclusion"}
    assert shared_words("hungry children", "holiday hunger") == {"hungry": "hunger"}


def test_a_hyphenated_compound_is_compared_whole_and_by_its_parts():
    assert shared_words("tick-box surveys", "a box to tick") == {"tick-box": "box"}
    assert shared_words("co-op", "a coop shop") == {"co-op": "coop"}


def test_a_true_paraphrase_shares_nothing():
    assert shared_words("toddlers cheering up pensioners", LONELINESS) == {}


def test_stopwords_and_contractions_are_not_content_words():
    assert shared_words("people who can't get online", "who can get there") == {}
    assert is_stopword("getting") and is_stopword("doesn't") and not is_stopword("online")


@pytest.mark.parametrize(
    ("first", "second"),
    [("stand", "standard"), ("stab", "start"), ("firm", "first"), ("intellig", "integr")],
)
def test_different_words_with_a_common_start_are_kept_apart(first, second):
    assert not same_word(first, second)


PARAPHRASES = [judged for judged in load_judgements() if judged.kind == "paraphrase"]


def test_the_set_has_at_least_twenty_paraphrases_of_every_searchable_kind():
    assert len(PARAPHRASES) >= 20
    answer_types = [
        key[0] for judged in PARAPHRASES for key, grade in judged.relevant.items() if grade == 2
    ]
    assert answer_types.count("case_study") > len(PARAPHRASES) / 2
    assert {"toolkit", "lab", "document"} <= set(answer_types)
