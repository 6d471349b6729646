"""A cheaper alternative to the model, for comparison only: its static token embeddings.

The vector of a text is the normalised mean of all-MiniLM-L6-v2's own input embeddings
(`embeddings.word_embeddings`) for the text's tokens, with none of the transformer layers: a
lookup and a mean instead of six layers of attention. It reads the same package's files.
"""

import numpy as np
from safetensors import safe_open
from tokenizers import Tokenizer

from semantic.encoder import DIMENSIONS, MAX_TOKENS

WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"


class StaticEncoder:
    """Encodes as semantic.encoder.Encoder does (unit float32 vectors), from token embeddings."""

    def __init__(self, model_dir):
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        with safe_open(str(model_dir / "model.safetensors"), framework="np") as weights:
            self.word = weights.get_tensor(WORD_EMBEDDINGS)

    def encode(self, texts):
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch([t or "" for t in texts])):
            ids = [
                token
                for token, special in zip(encoding.ids, encoding.special_tokens_mask, strict=True)
                if not special
            ]
            if ids:
                summed = self.word[ids].sum(axis=0)
                vectors[row] = summed / max(float(np.linalg.norm(summed)), 1e-12)
        return vectors
