"""Splitting what a page or document says into passages of a few sentences each.

A passage is what search compares with a query by meaning, and what a result shows when it was
found by meaning alone, so it keeps its document's page number. Each is embedded with its
title in front (the title says what the passage is about); the passage itself is stored as read.
"""

import re
from dataclasses import dataclass

PASSAGE_WORDS = 90  # a few sentences: well inside the model's 256 tokens with the title
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Passage:
    text: str
    pdf_page: int | None = None

    def embedded_text(self, title):
        return f"{title}. {self.text}" if title else self.text


def sentences(text):
    return [part.strip() for part in SENTENCE_END.split(" ".join(text.split())) if part.strip()]


def split(text, pdf_page=None, size=PASSAGE_WORDS):
    """Passages of whole sentences, about `size` words each; a sentence longer than that is
    cut at word boundaries."""
    passages, current, count = [], [], 0

    def close():
        nonlocal current, count
        if current:
            passages.append(Passage(" ".join(current), pdf_page))
        current, count = [], 0

    for sentence in sentences(text):
        words = sentence.split()
        if count and count + len(words) > size:
            close()
        while len(words) > size:
            close()
            passages.append(Passage(" ".join(words[:size]), pdf_page))
            words = words[size:]
        current.append(" ".join(words))
        count += len(words)
    close()
    return passages


def page_passages(facts):
    """The passages of a page's search facts: its summary, then its body, read on (a short
    summary alone, such as a member's region, says little but the title)."""
    return split(" ".join(part for part in (facts.summary, facts.body) if part))


def document_passages(document, text_limit):
    """The passages of a document's extracted text, page by page (PDF pages numbered), up to
    `text_limit` characters: as much as keyword search reads of it."""
    numbered = (document.file_extension or "").lower() == "pdf"
    found, read = [], 0
    for number, text in enumerate(document.pages, start=1):
        if read >= text_limit:
            break
        text = text[: text_limit - read]
        read += len(text)
        found.extend(split(text, number if numbered else None))
    return found
