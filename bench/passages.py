"""Passages with vectors for the benchmark corpus, made in minutes rather than most of an hour.

The passages are the ones the hub itself would make: each live page and document is read by
search by meaning's own source functions (`semantic.embedding.SOURCES`) and split by
`semantic.passages`, so their number is what `manage.py embed_content` would write. Embedding
each of them with the model would take about half an hour or more on 2 cores, but the corpus
recombines the demo's thousand or so sentences (bench/corpus.py): each distinct sentence of a
passage's embedded text (its item's title, then the demo sentences it holds: `CorpusSentences`)
is embedded once with the real encoder, and a passage gets the normalised
mean of its sentences' vectors. A search's cost depends on how many passages there are and on
their dimensions, not on the values in the vectors; which items a query matches by meaning is
only roughly what the model would find.

Nothing is kept from one benchmark run to the next: the passages are split and written again
every run. Within one run the sentence vectors are shared between the databases through a file
(`vectors_file`), as the corpus, and so its sentences, are the same on each.
"""

import hashlib
import time
from pathlib import Path

import numpy as np
from django.db import connection, transaction
from wagtail.documents import get_document_model

from core.search_facts import searchable_page_models
from semantic.embedding import SOURCES
from semantic.encoder import DIMENSIONS, get_encoder
from semantic.models import Passage

from .corpus import build_vocabulary

BATCH = 200  # items read at a time, as semantic.embedding does
WRITE_BATCH = 1000
ENCODE_BATCH = 512
# Stored in each passage's digest, so that `embed_content` run on a benchmark database embeds
# every passage for real instead of keeping these approximate vectors.
DIGEST_MARK = "benchmark: mean of the passage's sentence vectors"


def corpus_items():
    """(kind, object id, title, [semantic.passages.Passage]) for every live searchable page and
    every document, as search by meaning reads them."""
    pages = sorted(
        pk
        for model in searchable_page_models()
        for pk in model.objects.live().values_list("pk", flat=True)
    )
    documents = sorted(get_document_model().objects.values_list("pk", flat=True))
    for kind, ids in (("page", pages), ("document", documents)):
        for start in range(0, len(ids), BATCH):
            found = SOURCES[kind](ids[start : start + BATCH])
            for object_id in sorted(found):
                title, passages = found[object_id]
                yield kind, object_id, title, passages


class CorpusSentences:
    """Splits a passage's embedded text into the corpus's own sentences.

    bench/corpus.py joins the demo's sentences with spaces, and some of them do not end as a
    sentence does ("… Place Based Working"), so no sentence splitter finds where they meet:
    the text is read from left to right, taking the longest demo sentence that starts at each
    word; words that begin no demo sentence (the item's title, a sentence cut where a passage
    ends) are kept together as one sentence of their own."""

    KEY = 40  # bench/corpus.py keeps sentences of 40 characters or more

    def __init__(self, vocabulary_sentences):
        self.starting = {}
        for sentence in sorted(vocabulary_sentences, key=len, reverse=True):
            self.starting.setdefault(sentence[: self.KEY], []).append(sentence)

    def split(self, text):
        found, unknown, position = [], [], 0
        while position < len(text):
            known = next(
                (
                    sentence
                    for sentence in self.starting.get(text[position : position + self.KEY], ())
                    if text.startswith(sentence, position)
                ),
                None,
            )
            if known:
                if unknown:
                    found.append(" ".join(unknown))
                    unknown = []
                found.append(known)
                position += len(known)
            else:
                end = text.find(" ", position)
                end = len(text) if end < 0 else end
                unknown.append(text[position:end])
                position = end
            while position < len(text) and text[position] == " ":
                position += 1
        if unknown:
            found.append(" ".join(unknown))
        return found


class SentenceVectors:
    """Each distinct sentence's vector from the real encoder, shared within one run by a file."""

    def __init__(self, path):
        self.path = Path(path)
        self.rows = {}
        self.vectors = np.zeros((0, DIMENSIONS), dtype=np.float32)
        if self.path.exists():
            with np.load(self.path) as stored:
                self.rows = {text: row for row, text in enumerate(stored["sentences"].tolist())}
                self.vectors = stored["vectors"]

    def add(self, texts, progress=None):
        """Embed the texts not held yet; returns how many were embedded."""
        missing = sorted(set(texts) - set(self.rows))
        if not missing:
            return 0
        encoder = get_encoder()
        fresh = []
        for start in range(0, len(missing), ENCODE_BATCH):
            fresh.append(encoder.encode(missing[start : start + ENCODE_BATCH]))
            if progress:
                progress(min(start + ENCODE_BATCH, len(missing)), len(missing))
        first = len(self.rows)
        self.rows.update({text: first + offset for offset, text in enumerate(missing)})
        self.vectors = np.concatenate([self.vectors, *fresh])
        return len(missing)

    def save(self):
        ordered = sorted(self.rows, key=self.rows.get)
        np.savez(self.path, sentences=np.array(ordered, dtype=str), vectors=self.vectors)

    def mean(self, texts):
        summed = self.vectors[[self.rows[text] for text in texts]].sum(axis=0)
        return summed / max(float(np.linalg.norm(summed)), 1e-12)


def build_passages(vectors_file, say=print):
    """Replace every Passage row with the corpus's passages and their approximate vectors.
    Returns the figures the benchmark reports."""
    started = time.perf_counter()
    items = list(corpus_items())
    texts = [
        (kind, object_id, position, passage, passage.embedded_text(title))
        for kind, object_id, title, passages in items
        for position, passage in enumerate(passages)
    ]
    splitter = CorpusSentences(build_vocabulary().sentences)
    parts = [splitter.split(text) for *_, text in texts]
    distinct = {part for found in parts for part in found}
    split_seconds = time.perf_counter() - started
    say(
        f"  {len(texts)} passages of {len(items)} items, {len(distinct)} distinct sentences "
        f"(split in {split_seconds:.0f}s)"
    )
    vectors = SentenceVectors(vectors_file)
    started = time.perf_counter()

    def progress(done, total):
        say(f"    embedded {done}/{total} sentences")

    embedded = vectors.add(distinct, progress)
    embed_seconds = time.perf_counter() - started
    if embedded:
        vectors.save()
        say(f"  {embedded} sentences embedded with the model in {embed_seconds:.0f}s")
    else:
        say("  every sentence's vector was already made earlier in this run")
    started = time.perf_counter()
    with transaction.atomic():
        Passage.objects.all().delete()
        rows = []
        for (kind, object_id, position, passage, text), found in zip(texts, parts, strict=True):
            rows.append(
                Passage(
                    kind=kind,
                    object_id=object_id,
                    position=position,
                    text=passage.text,
                    pdf_page=passage.pdf_page,
                    digest=hashlib.sha256(f"{DIGEST_MARK}\n{text}".encode()).hexdigest(),
                    vector=Passage.pack(vectors.mean(found)),
                )
            )
            if len(rows) == WRITE_BATCH:
                Passage.objects.bulk_create(rows)
                rows = []
        Passage.objects.bulk_create(rows)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # as autovacuum soon would after so many changes
            cursor.execute(f"VACUUM ANALYZE {Passage._meta.db_table}")
    write_seconds = time.perf_counter() - started
    say(f"  passages written in {write_seconds:.0f}s")
    return {
        "passages": len(texts),
        "items_with_passages": sum(1 for *_, passages in items if passages),
        "distinct_sentences": len(distinct),
        "sentences_embedded": embedded,
        "embed_seconds": embed_seconds,
    }
